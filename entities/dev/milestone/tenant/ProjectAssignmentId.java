package dev.milestone.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Primary key of {@code project_assignments}: (project_id, staff_id). */
@Embeddable
public class ProjectAssignmentId implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "project_id", nullable = false)
  private UUID projectId;

  @Column(name = "staff_id", nullable = false)
  private Long staffId;

  protected ProjectAssignmentId() {}

  public ProjectAssignmentId(UUID projectId, Long staffId) {
    this.projectId = projectId;
    this.staffId = staffId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProjectAssignmentId other
        && Objects.equals(projectId, other.projectId)
        && Objects.equals(staffId, other.staffId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(projectId, staffId);
  }
}
