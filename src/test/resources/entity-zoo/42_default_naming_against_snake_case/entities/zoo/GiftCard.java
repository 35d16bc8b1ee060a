package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Without --naming snake_case, this maps table giftcard and column cardnumber. */
@Entity
public class GiftCard {
  @Id private Long id;

  @Column(nullable = false)
  private String cardNumber;
}
