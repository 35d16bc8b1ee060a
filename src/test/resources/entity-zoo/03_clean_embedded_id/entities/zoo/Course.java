package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A course. */
@Entity
public class Course {
  @Id private Integer id;

  @Column(nullable = false, length = 120)
  private String title;
}
