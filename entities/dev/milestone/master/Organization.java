package dev.milestone.master;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** Table {@code organizations} (migration add_organizations). */
@Entity
@Table(name = "organizations")
public class Organization {

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  @Column(name = "id", nullable = false)
  private UUID id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "slug", nullable = false, unique = true, length = 50)
  private String slug;

  @Column(name = "billing_email", length = 255)
  private String billingEmail;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 200))
  @AttributeOverride(
      name = "postalCode",
      column = @Column(name = "billing_postal_code", length = 20))
  @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 100))
  @AttributeOverride(
      name = "countryCode",
      column = @Column(name = "billing_country_code", length = 2))
  private PostalAddress billingAddress;

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Organization() {}

  public Organization(String name, String slug) {
    this.name = name;
    this.slug = slug;
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getSlug() {
    return slug;
  }

  public PostalAddress getBillingAddress() {
    return billingAddress;
  }

  public void setBillingAddress(PostalAddress billingAddress) {
    this.billingAddress = billingAddress;
  }
}
