package zoo.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The shop tier's entity, with one drift. */
@Entity
@Table(name = "cart")
public class Cart {
  @Id private Long id;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal total;
}
