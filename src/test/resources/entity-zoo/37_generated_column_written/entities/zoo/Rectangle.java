package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** area is computed by the database, but mapped as writable: every insert fails. */
@Entity
@Table(name = "rectangle")
public class Rectangle {
  @Id private Long id;

  private int width;

  private int height;

  private Integer area;
}
