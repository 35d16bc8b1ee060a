package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** JOINED root: each subclass has its own table keyed by the root's id. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Vehicle {
  @Id private Long id;

  @Column(nullable = false, length = 60)
  private String maker;
}
