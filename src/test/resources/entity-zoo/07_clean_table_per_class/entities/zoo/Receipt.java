package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A receipt. */
@Entity
public class Receipt extends Document {
  @Column(length = 40)
  private String cashier;
}
