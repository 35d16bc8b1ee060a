package dev.milestone.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@code custom_column_values}: (custom_column_id, entity_id). */
@Embeddable
public class CustomColumnValueId implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "custom_column_id", nullable = false)
  private Integer customColumnId;

  @Column(name = "entity_id", nullable = false, length = 64)
  private String entityId;

  protected CustomColumnValueId() {}

  public CustomColumnValueId(Integer customColumnId, String entityId) {
    this.customColumnId = customColumnId;
    this.entityId = entityId;
  }

  public String getEntityId() {
    return entityId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomColumnValueId other
        && Objects.equals(customColumnId, other.customColumnId)
        && Objects.equals(entityId, other.entityId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customColumnId, entityId);
  }
}
