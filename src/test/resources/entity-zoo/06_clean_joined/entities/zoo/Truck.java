package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A truck. */
@Entity
public class Truck extends Vehicle {
  @Column(name = "payload_kg")
  private int payloadKg;
}
