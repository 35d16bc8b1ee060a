package dev.milestone.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Table {@code bank_holidays}: public holidays per site. */
@Entity
@Table(
    name = "bank_holidays",
    uniqueConstraints =
        @UniqueConstraint(
            name = "bank_holidays_site_id_holiday_date_key",
            columnNames = {"site_id", "holiday_date"}))
public class BankHoliday {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "site_id", nullable = false)
  private Site site;

  @Column(name = "holiday_date", nullable = false)
  private LocalDate holidayDate;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "is_half_day", nullable = false)
  private boolean halfDay;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected BankHoliday() {}

  public BankHoliday(Site site, LocalDate holidayDate, String name) {
    this.site = site;
    this.holidayDate = holidayDate;
    this.name = name;
  }

  public Integer getId() {
    return id;
  }

  public LocalDate getHolidayDate() {
    return holidayDate;
  }
}
