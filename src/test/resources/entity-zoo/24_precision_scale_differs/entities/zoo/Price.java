package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Declared precision, scale and fractional-second precision against the columns. */
@Entity
@Table(name = "price")
public class Price {
  @Id private Long id;

  /** Precision differs. */
  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal net;

  /** Scale differs. */
  @Column(name = "tax_rate", nullable = false, precision = 5, scale = 2)
  private BigDecimal taxRate;

  /** Declared precision against an unconstrained numeric. */
  @Column(precision = 14, scale = 2)
  private BigDecimal gross;

  /** No precision declared: any numeric fits. */
  private BigDecimal discount;

  /** Declared fractional seconds differ. */
  @Column(name = "valid_from", nullable = false, secondPrecision = 6)
  private Instant validFrom;

  /** Declared and equal. */
  @Column(name = "valid_to", secondPrecision = 3)
  private Instant validTo;

  /** Not declared: any precision fits. */
  @Column(name = "checked_at")
  private Instant checkedAt;
}
