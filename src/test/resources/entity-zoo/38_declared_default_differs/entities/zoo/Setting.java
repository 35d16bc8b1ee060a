package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/** @ColumnDefault declares the database default: one matches (spelled differently), one does not. */
@Entity
@Table(name = "setting")
public class Setting {
  @Id private Long id;

  @ColumnDefault("'dark'")
  @Column(nullable = false, length = 20)
  private String theme;

  @ColumnDefault("25")
  @Column(name = "page_size", nullable = false)
  private Integer pageSize;

  /** No default declared: the database's is not the mapping's concern. */
  @Column(length = 10)
  private String locale;
}
