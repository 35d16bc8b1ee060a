package dev.milestone.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * Table {@code custom_columns} (migration add_custom_columns): user-defined columns per entity
 * type.
 */
@Entity
@Table(
    name = "custom_columns",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uq_custom_columns_entity_key",
            columnNames = {"entity_type", "column_key"}))
public class CustomColumn {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false)
  private Integer id;

  /** 'project', 'staff' or 'equipment' (check constraint). */
  @Column(name = "entity_type", nullable = false, length = 20)
  private String entityType;

  @Column(name = "column_key", nullable = false, length = 64)
  private String columnKey;

  @Column(name = "label", nullable = false, length = 100)
  private String label;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  @Column(name = "data_type", nullable = false, columnDefinition = "custom_column_type")
  private CustomColumnType dataType;

  /** Choices of a 'select' column. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "options", nullable = false)
  private List<String> options = new ArrayList<>();

  @Column(name = "is_required", nullable = false)
  private boolean required;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** Shipped by Milestone; the UI refuses to delete it (migration add_is_system_column). */
  @Column(name = "is_system", nullable = false)
  private boolean system;

  protected CustomColumn() {}

  public CustomColumn(
      String entityType, String columnKey, String label, CustomColumnType dataType) {
    this.entityType = entityType;
    this.columnKey = columnKey;
    this.label = label;
    this.dataType = dataType;
  }

  public Integer getId() {
    return id;
  }

  public String getColumnKey() {
    return columnKey;
  }

  public CustomColumnType getDataType() {
    return dataType;
  }

  public boolean isSystem() {
    return system;
  }
}
