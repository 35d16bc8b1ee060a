package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A location. */
@Embeddable
public class Location {
  @Column(length = 200)
  private String street;

  @Column(length = 10)
  private String zip;
}
