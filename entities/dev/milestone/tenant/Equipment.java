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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;

/** Table {@code equipment}: bookable equipment, owned by a site. */
@Entity
@Table(name = "equipment")
public class Equipment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.RESTRICT)
  @JoinColumn(name = "site_id", nullable = false)
  private Site site;

  @Column(name = "name", nullable = false, length = 150)
  private String name;

  @Column(name = "category", nullable = false, length = 50)
  private String category;

  @Column(name = "serial_number", unique = true, length = 100)
  private String serialNumber;

  @Column(name = "purchase_date")
  private LocalDate purchaseDate;

  @Column(name = "purchase_price", precision = 12, scale = 2)
  private BigDecimal purchasePrice;

  @Column(name = "daily_rate", precision = 8, scale = 2)
  private BigDecimal dailyRate;

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  @Column(name = "notes", columnDefinition = "text")
  private String notes;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Equipment() {}

  public Equipment(Site site, String name, String category) {
    this.site = site;
    this.name = name;
    this.category = category;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
