package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A passport. */
@Entity
@Table(name = "passport")
public class Passport {
  @Id private Long id;
}
