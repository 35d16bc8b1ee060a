package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Every basic type against the column a PostgreSQL team would write for it. */
@Entity
public class Measurement {
  @Id private Long id;

  @Column(nullable = false, length = 80)
  private String label;

  /** No length declared: any character column fits, text included. */
  private String note;

  /** JPA's default length, 255, against varchar(255). */
  @Column(name = "plain_label")
  private String plainLabel;

  @Column(name = "count_small")
  private short countSmall;

  @Column(name = "count_int")
  private Integer countInt;

  @Column(name = "count_big")
  private Long countBig;

  private double ratio;

  @Column(name = "ratio_small")
  private Float ratioSmall;

  @Column(precision = 12, scale = 2)
  private BigDecimal amount;

  /** No precision declared: any numeric fits. */
  @Column(name = "amount_free")
  private BigDecimal amountFree;

  private boolean active;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  @Column(name = "taken_local")
  private LocalDateTime takenLocal;

  @Column(name = "taken_offset")
  private OffsetDateTime takenOffset;

  @Column(name = "taken_on")
  private LocalDate takenOn;

  @Column(name = "taken_time")
  private LocalTime takenTime;

  @Column(name = "external_id")
  private UUID externalId;

  private byte[] payload;

  @Version private int version;
}
