package dev.milestone.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/**
 * Table {@code project_presence} (migration add_project_presence): who has a project open right
 * now. The key columns are plain {@code @Id}s (the websocket layer only knows the ids); the
 * associations are read-only views of the same columns.
 */
@Entity
@IdClass(ProjectPresenceId.class)
@Table(
    name = "project_presence",
    indexes = @Index(name = "idx_project_presence_last_seen", columnList = "last_seen_at"))
public class ProjectPresence {

  @Id
  @Column(name = "project_id", nullable = false)
  private UUID projectId;

  @Id
  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "project_id", nullable = false, insertable = false, updatable = false)
  private Project project;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "user_id", nullable = false, insertable = false, updatable = false)
  private User user;

  @Column(name = "session_id", nullable = false, length = 64)
  private String sessionId;

  @Column(name = "current_view", length = 50)
  private String currentView;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "cursor")
  private Map<String, Object> cursor;

  @CreationTimestamp
  @Column(name = "connected_at", nullable = false, updatable = false)
  private Instant connectedAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  protected ProjectPresence() {}

  public ProjectPresence(UUID projectId, UUID userId, String sessionId, Instant now) {
    this.projectId = projectId;
    this.userId = userId;
    this.sessionId = sessionId;
    this.lastSeenAt = now;
  }

  public void heartbeat(Instant now, String currentView, Map<String, Object> cursor) {
    this.lastSeenAt = now;
    this.currentView = currentView;
    this.cursor = cursor;
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }
}
