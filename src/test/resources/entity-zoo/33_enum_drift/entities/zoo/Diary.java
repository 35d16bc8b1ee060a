package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Enum mappings that do not fit their columns. */
@Entity
@Table(name = "diary")
public class Diary {
  @Id private Long id;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  private Mood mood;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  private Weather weather;

  @Enumerated(EnumType.STRING)
  private Season season;

  /** STRING binds varchar; a PostgreSQL enum column rejects it. */
  @Enumerated(EnumType.STRING)
  private Mood colour;

  /** ORDINAL needs an integer column. */
  @Enumerated(EnumType.ORDINAL)
  private Mood level;
}
