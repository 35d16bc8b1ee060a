package zoo;

import jakarta.persistence.Entity;

/** A cat. */
@Entity
public class Cat extends Animal {
  private Boolean indoor;
}
