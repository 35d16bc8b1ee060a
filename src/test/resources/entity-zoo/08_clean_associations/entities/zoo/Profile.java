package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A book's profile page. */
@Entity
public class Profile {
  @Id private Long id;

  private String bio;
}
