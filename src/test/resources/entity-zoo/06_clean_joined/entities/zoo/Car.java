package zoo;

import jakarta.persistence.Entity;

/** A car. */
@Entity
public class Car extends Vehicle {
  private short seats;
}
