package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** JSON as jsonb; @Lob as PostgreSQL large objects (oid); byte[] and long text without @Lob. */
@Entity
public class Upload {
  @Id private Long id;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  private Map<String, Object> meta;

  @JdbcTypeCode(SqlTypes.JSON)
  private List<String> tags;

  @Lob private byte[] content;

  @Lob private String transcript;

  private byte[] raw;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  private String body;
}
