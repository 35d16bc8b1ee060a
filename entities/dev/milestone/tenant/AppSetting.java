package dev.milestone.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/** Table {@code app_settings}: tenant-wide settings as key and JSON value. */
@Entity
@Table(name = "app_settings")
public class AppSetting {

  @Id
  @Column(name = "key", nullable = false, length = 100)
  private String key;

  /** Any JSON value (object, array, string, number, boolean), kept as its JSON text. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "value", nullable = false)
  private String value;

  @Column(name = "description", columnDefinition = "text")
  private String description;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @JoinColumn(name = "updated_by")
  private User updatedBy;

  @Column(name = "is_system", nullable = false)
  private boolean system;

  protected AppSetting() {}

  public AppSetting(String key, String jsonValue) {
    this.key = key;
    this.value = jsonValue;
  }

  public String getKey() {
    return key;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String jsonValue, User by) {
    this.value = jsonValue;
    this.updatedBy = by;
  }

  public boolean isSystem() {
    return system;
  }
}
