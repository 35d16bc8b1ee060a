package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An owner. */
@Entity
@Table(name = "owner")
public class Owner {
  @Id private Long id;
}
