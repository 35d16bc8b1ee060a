package dev.milestone.master;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/** Table {@code tenants}: one row per customer, each with its own tenant database. */
@Entity
@Table(name = "tenants")
public class Tenant {

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  @Column(name = "id", nullable = false)
  private UUID id;

  @Column(name = "slug", nullable = false, unique = true, length = 50)
  private String slug;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "database_name", nullable = false, unique = true, length = 63)
  private String databaseName;

  @Column(name = "plan", nullable = false, length = 20)
  private String plan = "standard";

  @Column(name = "max_users")
  private Integer maxUsers;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "settings", nullable = false)
  private Map<String, Object> settings = new HashMap<>();

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "deactivated_at")
  private Instant deactivatedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  protected Tenant() {}

  public Tenant(String slug, String name, String databaseName) {
    this.slug = slug;
    this.name = name;
    this.databaseName = databaseName;
  }

  public UUID getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getDatabaseName() {
    return databaseName;
  }

  public boolean isActive() {
    return active;
  }

  public Organization getOrganization() {
    return organization;
  }

  public void setOrganization(Organization organization) {
    this.organization = organization;
  }
}
