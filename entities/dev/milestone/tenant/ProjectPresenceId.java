package dev.milestone.tenant;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** {@code @IdClass} of {@link ProjectPresence}: (project_id, user_id). */
public class ProjectPresenceId implements Serializable {

  private static final long serialVersionUID = 1L;

  private UUID projectId;
  private UUID userId;

  public ProjectPresenceId() {}

  public ProjectPresenceId(UUID projectId, UUID userId) {
    this.projectId = projectId;
    this.userId = userId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProjectPresenceId other
        && Objects.equals(projectId, other.projectId)
        && Objects.equals(userId, other.userId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(projectId, userId);
  }
}
