package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A card payment: its column is required for cards, yet nullable in the shared table. */
@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {
  @Column(name = "card_last4", nullable = false, length = 4)
  private String cardLast4;
}
