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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** Table {@code api_keys}: per-tenant API keys; only a hash of the secret is stored. */
@Entity
@Table(name = "api_keys")
public class ApiKey {

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  @Column(name = "id", nullable = false)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "tenant_id", nullable = false)
  private Tenant tenant;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "key_prefix", nullable = false, unique = true, length = 12)
  private String keyPrefix;

  @Column(name = "key_hash", nullable = false, columnDefinition = "text")
  private String keyHash;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "scopes", nullable = false)
  private List<String> scopes = new ArrayList<>();

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ApiKey() {}

  public ApiKey(Tenant tenant, String name, String keyPrefix, String keyHash) {
    this.tenant = tenant;
    this.name = name;
    this.keyPrefix = keyPrefix;
    this.keyHash = keyHash;
  }

  public UUID getId() {
    return id;
  }

  public String getKeyPrefix() {
    return keyPrefix;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
