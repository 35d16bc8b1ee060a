package dev.milestone.tenant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/** Table {@code company_events} (migration add_company_events): bands on the timeline. */
@Entity
@Table(
    name = "company_events",
    indexes = @Index(name = "idx_company_events_period", columnList = "starts_on, ends_on"))
public class CompanyEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  @Column(name = "id", nullable = false)
  private UUID id;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "description", columnDefinition = "text")
  private String description;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  @Column(name = "event_type", nullable = false, columnDefinition = "event_type")
  private EventType eventType = EventType.other;

  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "starts_on", nullable = false))
  @AttributeOverride(name = "end", column = @Column(name = "ends_on", nullable = false))
  private DateRange period;

  /** NULL = the event applies to all sites. */
  @ManyToOne(fetch = FetchType.LAZY)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "site_id")
  private Site site;

  @Column(name = "color", length = 7)
  private String color;

  @Column(name = "show_on_timeline", nullable = false)
  private boolean showOnTimeline = true;

  @ManyToOne(fetch = FetchType.LAZY)
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @JoinColumn(name = "created_by")
  private User createdBy;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CompanyEvent() {}

  public CompanyEvent(String title, EventType eventType, DateRange period) {
    this.title = title;
    this.eventType = eventType;
    this.period = period;
  }

  public UUID getId() {
    return id;
  }

  public DateRange getPeriod() {
    return period;
  }
}
