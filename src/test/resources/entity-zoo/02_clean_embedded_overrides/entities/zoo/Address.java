package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** An embeddable with a nested embeddable. */
@Embeddable
public class Address {
  @Column(length = 200)
  private String street;

  @Column(length = 100)
  private String city;

  @Embedded private GeoPoint geo;
}
