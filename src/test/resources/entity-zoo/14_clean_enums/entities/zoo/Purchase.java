package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Enums every way Hibernate stores them. */
@Entity
public class Purchase {
  @Id private Long id;

  /** A named PostgreSQL enum, named by columnDefinition. */
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  @Column(nullable = false, columnDefinition = "order_state")
  private OrderState state;

  /** A named PostgreSQL enum without columnDefinition: any enum type with the same labels fits. */
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  private Channel channel;

  /** Ordinal: any integer column. */
  @Enumerated(EnumType.ORDINAL)
  @Column(nullable = false)
  private Size priority;

  /** By name in a character column long enough for the longest constant. */
  @Enumerated(EnumType.STRING)
  private Size size;

  @Enumerated(EnumType.ORDINAL)
  @Column(name = "size_code")
  private Size sizeCode;
}
