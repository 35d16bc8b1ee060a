package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** SEQUENCE generation with a named sequence and allocationSize = increment. */
@Entity
public class Shipment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipments")
  @SequenceGenerator(name = "shipments", sequenceName = "shipment_ids", allocationSize = 20)
  private Long id;

  @Column(nullable = false, length = 40)
  private String carrier;
}
