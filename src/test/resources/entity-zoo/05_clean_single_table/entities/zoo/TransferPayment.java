package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A bank transfer. */
@Entity
@DiscriminatorValue("TRANSFER")
public class TransferPayment extends Payment {
  @Column(length = 34)
  private String iban;
}
