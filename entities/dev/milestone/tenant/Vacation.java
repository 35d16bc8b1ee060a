package dev.milestone.tenant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/** Table {@code vacations}: absences of staff (vacation, sick leave, training, ...). */
@Entity
@Table(
    name = "vacations",
    indexes =
        @Index(name = "idx_vacations_staff_period", columnList = "staff_id, start_date, end_date"))
public class Vacation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "staff_id", nullable = false)
  private Staff staff;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  @Column(name = "absence_type", nullable = false, columnDefinition = "absence_type")
  private AbsenceType absenceType = AbsenceType.vacation;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "start", column = @Column(name = "start_date", nullable = false)),
    @AttributeOverride(name = "end", column = @Column(name = "end_date", nullable = false))
  })
  private DateRange period;

  @Column(name = "is_half_day", nullable = false)
  private boolean halfDay;

  @Column(name = "is_approved", nullable = false)
  private boolean approved;

  @ManyToOne(fetch = FetchType.LAZY)
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @JoinColumn(name = "approved_by")
  private User approvedBy;

  @Column(name = "note", columnDefinition = "text")
  private String note;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Vacation() {}

  public Vacation(Staff staff, AbsenceType absenceType, DateRange period) {
    this.staff = staff;
    this.absenceType = absenceType;
    this.period = period;
  }

  public Long getId() {
    return id;
  }

  public DateRange getPeriod() {
    return period;
  }

  public void approve(User by) {
    this.approved = true;
    this.approvedBy = by;
  }
}
