package dev.milestone.tenant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;

/** Table {@code staff}: people who can be planned; a staff member may be linked to a login. */
@Entity
@Table(
    name = "staff",
    indexes = @Index(name = "idx_staff_name", columnList = "last_name, first_name"))
public class Staff {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY)
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @JoinColumn(name = "user_id", unique = true)
  private User user;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.RESTRICT)
  @JoinColumn(name = "site_id", nullable = false)
  private Site site;

  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @Column(name = "email", length = 255)
  private String email;

  @Column(name = "job_title", length = 150)
  private String jobTitle;

  @Column(name = "weekly_hours", nullable = false, precision = 4, scale = 1)
  private BigDecimal weeklyHours = new BigDecimal("40.0");

  @Column(name = "hourly_rate", precision = 10, scale = 2)
  private BigDecimal hourlyRate;

  @Column(name = "color", length = 7)
  private String color;

  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "employment_start", nullable = false))
  @AttributeOverride(name = "end", column = @Column(name = "employment_end"))
  private DateRange employment;

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  protected Staff() {}

  public Staff(Site site, String firstName, String lastName, DateRange employment) {
    this.site = site;
    this.firstName = firstName;
    this.lastName = lastName;
    this.employment = employment;
  }

  public Long getId() {
    return id;
  }

  public String getDisplayName() {
    return firstName + " " + lastName;
  }

  public DateRange getEmployment() {
    return employment;
  }

  public User getUser() {
    return user;
  }

  public void setUser(User user) {
    this.user = user;
  }
}
