package dev.milestone.master;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
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

/** Table {@code sso_configurations}: one SSO provider setup per organization and provider. */
@Entity
@Table(
    name = "sso_configurations",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uq_sso_configurations_org_provider",
            columnNames = {"organization_id", "provider"}))
public class SsoConfiguration {

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  @Column(name = "id", nullable = false)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "organization_id", nullable = false)
  private Organization organization;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  @Column(name = "provider", nullable = false, columnDefinition = "sso_provider")
  private SsoProvider provider;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(name = "metadata_url", columnDefinition = "text")
  private String metadataUrl;

  @Column(name = "client_id", length = 255)
  private String clientId;

  @Column(name = "client_secret_encrypted", columnDefinition = "text")
  private String clientSecretEncrypted;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "attribute_mapping", nullable = false)
  private Map<String, String> attributeMapping = new HashMap<>();

  @Column(name = "is_enabled", nullable = false)
  private boolean enabled;

  @Column(name = "enforce_sso", nullable = false)
  private boolean enforceSso;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected SsoConfiguration() {}

  public SsoConfiguration(Organization organization, SsoProvider provider, String displayName) {
    this.organization = organization;
    this.provider = provider;
    this.displayName = displayName;
  }

  public UUID getId() {
    return id;
  }

  public SsoProvider getProvider() {
    return provider;
  }

  public boolean isEnabled() {
    return enabled;
  }
}
