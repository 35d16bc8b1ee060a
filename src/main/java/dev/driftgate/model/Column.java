package dev.driftgate.model;

/**
 * A table column.
 *
 * @param position 1-based position among the table's live columns (dropped columns do not count)
 * @param type the type as {@code format_type} prints it, with modifiers: {@code character
 *     varying(100)}
 * @param defaultExpression the default as the server deparses it, or null
 * @param identity identity generation, or null
 * @param generatedExpression the expression of a {@code GENERATED ALWAYS AS (...) STORED} column,
 *     or null
 * @param collation a collation that differs from the type's default, or null
 */
public record Column(
    String name,
    int position,
    String type,
    boolean notNull,
    String defaultExpression,
    Identity identity,
    String generatedExpression,
    String collation,
    String comment)
    implements java.io.Serializable {

  public Column withPosition(int newPosition) {
    return new Column(
        name,
        newPosition,
        type,
        notNull,
        defaultExpression,
        identity,
        generatedExpression,
        collation,
        comment);
  }
}
