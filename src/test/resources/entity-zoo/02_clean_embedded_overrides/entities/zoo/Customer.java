package zoo;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Two addresses in one row: the overrides name the columns, and may tighten nullability. */
@Entity
public class Customer {
  @Id private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 200)),
    @AttributeOverride(
        name = "city",
        column = @Column(name = "billing_city", nullable = false, length = 100))
  })
  private Address billing;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "shipping_street", length = 200))
  @AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 100))
  @AttributeOverride(name = "geo.lat", column = @Column(name = "geo_lat", insertable = false, updatable = false))
  @AttributeOverride(name = "geo.lon", column = @Column(name = "geo_lon", insertable = false, updatable = false))
  private Address shipping;
}
