package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A student. */
@Entity
public class Student {
  @Id private Long id;

  @Column(nullable = false, length = 120)
  private String name;
}
