package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category. */
@Entity
@Table(name = "category")
public class Category {
  @Id private Long id;
}
