package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Coordinates, boxed so that an address may have none. */
@Embeddable
public class GeoPoint {
  @Column(name = "geo_lat")
  private Double lat;

  @Column(name = "geo_lon")
  private Double lon;
}
