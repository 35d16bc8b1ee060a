package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Generated;

/** The database computes total and created_at; the entity only reads them. */
@Entity
@Table(name = "line_item")
public class LineItem {
  @Id private Long id;

  private int quantity;

  @Column(name = "unit_price", nullable = false, precision = 10, scale = 2)
  private BigDecimal unitPrice;

  @Generated
  @Column(insertable = false, updatable = false, precision = 12, scale = 2)
  private BigDecimal total;

  @Generated
  @Column(name = "created_at", insertable = false, updatable = false)
  private Instant createdAt;
}
