package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A supplier. */
@Entity
@Table(name = "supplier")
public class Supplier {
  @Id private Long id;
}
