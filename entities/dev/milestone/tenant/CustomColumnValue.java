package dev.milestone.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * Table {@code custom_column_values} (migration add_custom_columns): one value per column and
 * entity.
 */
@Entity
@Table(
    name = "custom_column_values",
    indexes = @Index(name = "idx_custom_column_values_entity", columnList = "entity_id"))
public class CustomColumnValue {

  @EmbeddedId private CustomColumnValueId id;

  @MapsId("customColumnId")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "custom_column_id", nullable = false)
  private CustomColumn customColumn;

  /** The value as JSON text; its shape follows the column's data_type. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "value", nullable = false)
  private String value;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @JoinColumn(name = "updated_by")
  private User updatedBy;

  protected CustomColumnValue() {}

  public CustomColumnValue(CustomColumn customColumn, String entityId, String jsonValue) {
    this.id = new CustomColumnValueId(customColumn.getId(), entityId);
    this.customColumn = customColumn;
    this.value = jsonValue;
  }

  public CustomColumnValueId getId() {
    return id;
  }

  public String getValue() {
    return value;
  }
}
