package dev.milestone.tenant;

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
import java.util.Map;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** Table {@code activity_log}: append-only change history shown in the activity feed. */
@Entity
@Immutable
@Table(
    name = "activity_log",
    indexes = {
      @Index(name = "idx_activity_log_entity", columnList = "entity_type, entity_id"),
      @Index(name = "idx_activity_log_created", columnList = "created_at"),
      @Index(name = "idx_activity_log_user_created", columnList = "user_id, created_at desc")
    })
public class ActivityLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @JoinColumn(name = "user_id")
  private User user;

  @Column(name = "entity_type", nullable = false, length = 50)
  private String entityType;

  /** Text form of the entity's key (uuid or bigint). */
  @Column(name = "entity_id", nullable = false, length = 64)
  private String entityId;

  /** 'create', 'update' or 'delete' (check constraint). */
  @Column(name = "action", nullable = false, length = 20)
  private String action;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "changes")
  private Map<String, Object> changes;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ActivityLogEntry() {}

  public ActivityLogEntry(
      User user, String entityType, String entityId, String action, Map<String, Object> changes) {
    this.user = user;
    this.entityType = entityType;
    this.entityId = entityId;
    this.action = action;
    this.changes = changes;
  }

  public Long getId() {
    return id;
  }
}
