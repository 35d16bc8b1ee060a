package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** SEQUENCE generation with Hibernate's defaults: parcel_seq, 50 ids per call. */
@Entity
public class Parcel {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @Column(name = "weight_g")
  private int weightGrams;
}
