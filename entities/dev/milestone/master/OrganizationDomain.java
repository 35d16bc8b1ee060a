package dev.milestone.master;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * Table {@code organization_domains}: e-mail domains an organization has claimed for SSO.
 * Uniqueness is enforced case-insensitively by the expression index {@code
 * uq_organization_domains_domain}, which JPA cannot express.
 */
@Entity
@Table(
    name = "organization_domains",
    indexes = @Index(name = "idx_organization_domains_org", columnList = "organization_id"))
public class OrganizationDomain {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "organization_id", nullable = false)
  private Organization organization;

  @Column(name = "domain", nullable = false, length = 253)
  private String domain;

  @Column(name = "is_verified", nullable = false)
  private boolean verified;

  @Column(name = "verification_token", length = 64)
  private String verificationToken;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected OrganizationDomain() {}

  public OrganizationDomain(Organization organization, String domain) {
    this.organization = organization;
    this.domain = domain;
  }

  public Long getId() {
    return id;
  }

  public String getDomain() {
    return domain;
  }

  public boolean isVerified() {
    return verified;
  }
}
