package dev.driftgate.model;

import java.util.List;

/**
 * A foreign key constraint.
 *
 * @param match {@code SIMPLE}, {@code FULL} or {@code PARTIAL}
 * @param validated false for a key added {@code NOT VALID} and not validated since
 */
public record ForeignKey(
    String name,
    List<String> columns,
    QualifiedName referencedTable,
    List<String> referencedColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate,
    String match,
    boolean deferrable,
    boolean initiallyDeferred,
    boolean validated)
    implements java.io.Serializable {
  public ForeignKey {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }

  /** Everything but the name: two keys with the same shape are the same constraint. */
  public String shape() {
    return columns + " -> " + referencedTable + referencedColumns;
  }

  /** The options compared once two keys are matched by shape. */
  public String options() {
    return "ON DELETE "
        + onDelete.sql()
        + " ON UPDATE "
        + onUpdate.sql()
        + " MATCH "
        + match
        + (deferrable ? " DEFERRABLE" : " NOT DEFERRABLE")
        + (initiallyDeferred ? " INITIALLY DEFERRED" : "")
        + (validated ? "" : " NOT VALID");
  }
}
