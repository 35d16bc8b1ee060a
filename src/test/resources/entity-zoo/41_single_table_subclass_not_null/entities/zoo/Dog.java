package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** breed is required for dogs; the shared table cannot say so with NOT NULL. */
@Entity
public class Dog extends Animal {
  @Column(nullable = false, length = 40)
  private String breed;
}
