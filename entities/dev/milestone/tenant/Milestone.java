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
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;

/** Table {@code milestones}: dated checkpoints of a project, optionally inside a phase. */
@Entity
@Table(
    name = "milestones",
    indexes = @Index(name = "idx_milestones_project_due", columnList = "project_id, due_date"))
public class Milestone {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "project_id", nullable = false)
  private Project project;

  @ManyToOne(fetch = FetchType.LAZY)
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @JoinColumn(name = "phase_id")
  private ProjectPhase phase;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "is_completed", nullable = false)
  private boolean completed;

  @Column(name = "completed_at")
  private Instant completedAt;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Milestone() {}

  public Milestone(Project project, String name, LocalDate dueDate) {
    this.project = project;
    this.name = name;
    this.dueDate = dueDate;
  }

  public Long getId() {
    return id;
  }

  /** Keeps is_completed and completed_at consistent (check milestones_completion_consistent). */
  public void complete(Instant at) {
    this.completed = true;
    this.completedAt = at;
  }

  public boolean isCompleted() {
    return completed;
  }
}
