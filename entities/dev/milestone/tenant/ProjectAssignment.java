package dev.milestone.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Table {@code project_assignments}: staff on a project, with role and allocation. */
@Entity
@Table(
    name = "project_assignments",
    indexes = @Index(name = "idx_project_assignments_staff", columnList = "staff_id"))
public class ProjectAssignment {

  @EmbeddedId private ProjectAssignmentId id;

  @MapsId("projectId")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "project_id", nullable = false)
  private Project project;

  @MapsId("staffId")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "staff_id", nullable = false)
  private Staff staff;

  @Column(name = "role_on_project", length = 100)
  private String roleOnProject;

  @Column(name = "allocation_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal allocationPercent = new BigDecimal("100");

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ProjectAssignment() {}

  public ProjectAssignment(Project project, Staff staff, BigDecimal allocationPercent) {
    this.id = new ProjectAssignmentId(project.getId(), staff.getId());
    this.project = project;
    this.staff = staff;
    this.allocationPercent = allocationPercent;
  }

  public ProjectAssignmentId getId() {
    return id;
  }

  public BigDecimal getAllocationPercent() {
    return allocationPercent;
  }
}
