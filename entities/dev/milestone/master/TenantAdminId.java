package dev.milestone.master;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Primary key of {@code tenant_admins}: (tenant_id, admin_user_id). */
@Embeddable
public class TenantAdminId implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "tenant_id", nullable = false)
  private UUID tenantId;

  @Column(name = "admin_user_id", nullable = false)
  private Long adminUserId;

  protected TenantAdminId() {}

  public TenantAdminId(UUID tenantId, Long adminUserId) {
    this.tenantId = tenantId;
    this.adminUserId = adminUserId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TenantAdminId other
        && Objects.equals(tenantId, other.tenantId)
        && Objects.equals(adminUserId, other.adminUserId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenantId, adminUserId);
  }
}
