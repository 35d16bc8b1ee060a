package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A tag. */
@Entity
public class Tag {
  @Id private Integer id;

  @Column(nullable = false, unique = true, length = 40)
  private String label;
}
