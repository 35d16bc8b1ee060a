package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A warehouse. */
@Entity
@Table(name = "warehouse")
public class Warehouse {
  @Id private Long id;
}
