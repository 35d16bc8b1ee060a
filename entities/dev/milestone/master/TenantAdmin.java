package dev.milestone.master;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Table {@code tenant_admins}: which admin user may manage which tenant, and how. */
@Entity
@Table(
    name = "tenant_admins",
    indexes = @Index(name = "idx_tenant_admins_admin_user", columnList = "admin_user_id"))
public class TenantAdmin {

  @EmbeddedId private TenantAdminId id;

  @MapsId("tenantId")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "tenant_id", nullable = false)
  private Tenant tenant;

  @MapsId("adminUserId")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "admin_user_id", nullable = false)
  private AdminUser adminUser;

  /** 'read', 'write' or 'owner' (check constraint). */
  @Column(name = "access_level", nullable = false, length = 20)
  private String accessLevel = "read";

  @CreationTimestamp
  @Column(name = "granted_at", nullable = false, updatable = false)
  private Instant grantedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @JoinColumn(name = "granted_by")
  private AdminUser grantedBy;

  protected TenantAdmin() {}

  public TenantAdmin(Tenant tenant, AdminUser adminUser, String accessLevel) {
    this.id = new TenantAdminId(tenant.getId(), adminUser.getId());
    this.tenant = tenant;
    this.adminUser = adminUser;
    this.accessLevel = accessLevel;
  }

  public TenantAdminId getId() {
    return id;
  }

  public String getAccessLevel() {
    return accessLevel;
  }
}
