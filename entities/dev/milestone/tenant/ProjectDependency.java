package dev.milestone.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** Table {@code project_dependencies}: a project waiting for another on the timeline. */
@Entity
@Table(
    name = "project_dependencies",
    uniqueConstraints =
        @UniqueConstraint(
            name = "project_dependencies_pair_key",
            columnNames = {"project_id", "depends_on_id"}),
    indexes = @Index(name = "idx_project_dependencies_depends_on", columnList = "depends_on_id"))
public class ProjectDependency {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "project_id", nullable = false)
  private Project project;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "depends_on_id", nullable = false)
  private Project dependsOn;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  @Column(name = "kind", nullable = false, columnDefinition = "dependency_kind")
  private DependencyKind kind = DependencyKind.finish_to_start;

  @Column(name = "lag_days", nullable = false)
  private int lagDays;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ProjectDependency() {}

  public ProjectDependency(Project project, Project dependsOn, DependencyKind kind) {
    this.project = project;
    this.dependsOn = dependsOn;
    this.kind = kind;
  }

  public Long getId() {
    return id;
  }

  public DependencyKind getKind() {
    return kind;
  }
}
