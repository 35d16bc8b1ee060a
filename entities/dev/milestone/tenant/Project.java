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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * Table {@code projects}. Soft-deleted via deleted_at; the status index is partial and not declared
 * here.
 */
@Entity
@Table(
    name = "projects",
    indexes = {
      @Index(name = "idx_projects_owner", columnList = "owner_id"),
      @Index(name = "idx_projects_site", columnList = "site_id")
    })
public class Project {

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  @Column(name = "id", nullable = false)
  private UUID id;

  /** Assigned by the database from project_number_seq; read back after insert. */
  @Generated
  @Column(
      name = "project_number",
      nullable = false,
      unique = true,
      insertable = false,
      updatable = false)
  private Integer projectNumber;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "description", columnDefinition = "text")
  private String description;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  @Column(name = "status", nullable = false, columnDefinition = "project_status")
  private ProjectStatus status = ProjectStatus.planned;

  @Column(name = "client_name", length = 200)
  private String clientName;

  @ManyToOne(fetch = FetchType.LAZY)
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @JoinColumn(name = "site_id")
  private Site site;

  @ManyToOne(fetch = FetchType.LAZY)
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @JoinColumn(name = "owner_id")
  private User owner;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "budget", precision = 12, scale = 2)
  private BigDecimal budget;

  @Column(name = "color", length = 7)
  private String color;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "metadata", nullable = false)
  private Map<String, Object> metadata = new HashMap<>();

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  /** 1 = highest ... 5 = lowest (check constraint projects_priority_range). */
  @Column(name = "priority", nullable = false)
  private short priority = 3;

  protected Project() {}

  public Project(String name) {
    this.name = name;
  }

  public UUID getId() {
    return id;
  }

  public Integer getProjectNumber() {
    return projectNumber;
  }

  public String getName() {
    return name;
  }

  public ProjectStatus getStatus() {
    return status;
  }

  public void setStatus(ProjectStatus status) {
    this.status = status;
  }

  public short getPriority() {
    return priority;
  }

  public void setPriority(short priority) {
    this.priority = priority;
  }
}
