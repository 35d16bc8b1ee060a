package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The database says NOT NULL, the mapping says optional: the entity may write null. */
@Entity
@Table(name = "product")
public class Product {
  @Id private Long id;

  @Column(length = 80)
  private String name;

  @ManyToOne
  @JoinColumn(name = "category_id")
  private Category category;

  /** The default does not help: Hibernate inserts the null explicitly. */
  @Column(name = "created_at")
  private Instant createdAt;

  /** Never written by the entity: the database's NOT NULL and default rule. */
  @Column(insertable = false, updatable = false, length = 20)
  private String sku;

  /** A primitive never writes null. */
  @Column(name = "stock")
  private int stock;
}
