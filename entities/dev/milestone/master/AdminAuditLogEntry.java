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
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** Table {@code admin_audit_log}: append-only record of what admins did. */
@Entity
@Immutable
@Table(
    name = "admin_audit_log",
    indexes = {
      @Index(
          name = "idx_admin_audit_log_tenant_created",
          columnList = "tenant_id, created_at desc"),
      @Index(name = "idx_admin_audit_log_created", columnList = "created_at")
    })
public class AdminAuditLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @JoinColumn(name = "admin_user_id")
  private AdminUser adminUser;

  @ManyToOne(fetch = FetchType.LAZY)
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @JoinColumn(name = "tenant_id")
  private Tenant tenant;

  @Column(name = "action", nullable = false, length = 100)
  private String action;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "details", nullable = false)
  private Map<String, Object> details = new HashMap<>();

  @Column(name = "ip_address", length = 45)
  private String ipAddress;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected AdminAuditLogEntry() {}

  public AdminAuditLogEntry(
      AdminUser adminUser, Tenant tenant, String action, Map<String, Object> details) {
    this.adminUser = adminUser;
    this.tenant = tenant;
    this.action = action;
    this.details = details;
  }

  public Long getId() {
    return id;
  }

  public String getAction() {
    return action;
  }
}
