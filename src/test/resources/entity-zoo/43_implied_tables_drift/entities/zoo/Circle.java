package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A JOINED subclass: its table is keyed by, and references, the root's. */
@Entity
@Table(name = "circle")
public class Circle extends Shape {
  private double radius;
}
