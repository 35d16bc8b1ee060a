package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Every attribute's type is incompatible with its column. */
@Entity
@Table(name = "event_log")
public class EventLog {
  /** Long against integer: ids above 2^31 do not fit. */
  @Id private Long id;

  /** UUID against varchar: Hibernate binds a uuid. */
  @Column(nullable = false)
  private UUID ref;

  /** Instant against timestamp without time zone. */
  @Column(name = "happened_at", nullable = false)
  private Instant happenedAt;

  /** LocalDate against timestamptz. */
  @Column(name = "local_day")
  private LocalDate localDay;

  /** JSON binds jsonb, the column is json. */
  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> attributes;

  /** boolean against smallint. */
  private Boolean flagged;

  /** @Lob is an oid large object on PostgreSQL, not text. */
  @Lob private String body;
}
