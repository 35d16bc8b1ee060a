package dev.milestone.tenant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** Table {@code sites}: offices/locations; bank holidays and working hours are per site. */
@Entity
@Table(name = "sites")
public class Site {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false)
  private Integer id;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "code", nullable = false, unique = true, length = 10)
  private String code;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "street", length = 200)),
    @AttributeOverride(name = "postalCode", column = @Column(name = "postal_code", length = 20)),
    @AttributeOverride(name = "city", column = @Column(name = "city", length = 100)),
    @AttributeOverride(
        name = "countryCode",
        column = @Column(name = "country_code", nullable = false, length = 2))
  })
  private Address address;

  @Column(name = "timezone", nullable = false, length = 64)
  private String timezone = "Europe/Berlin";

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Site() {}

  public Site(String name, String code, Address address) {
    this.name = name;
    this.code = code;
    this.address = address;
  }

  public Integer getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Address getAddress() {
    return address;
  }

  public String getTimezone() {
    return timezone;
  }
}
