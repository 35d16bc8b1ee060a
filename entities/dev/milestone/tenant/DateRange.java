package dev.milestone.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * An inclusive range of calendar days. Each owner maps the two columns with
 * {@code @AttributeOverride}s (employment_start/employment_end, start_date/end_date,
 * starts_on/ends_on).
 */
@Embeddable
public class DateRange {

  @Column(name = "start_date")
  private LocalDate start;

  @Column(name = "end_date")
  private LocalDate end;

  protected DateRange() {}

  public DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  public LocalDate getStart() {
    return start;
  }

  public LocalDate getEnd() {
    return end;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }
}
