package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.math.BigDecimal;

/**
 * @IdClass with three key columns: Hibernate orders them alphabetically, the table does not; keys
 * compare as sets.
 */
@Entity
@IdClass(TariffKey.class)
public class Tariff {
  @Id
  @Column(length = 10)
  private String zone;

  @Id
  @Column(length = 10)
  private String code;

  @Id private int year;

  @Column(nullable = false, precision = 8, scale = 2)
  private BigDecimal price;
}
