package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** An invoice. */
@Entity
public class Invoice extends Document {
  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal total;
}
