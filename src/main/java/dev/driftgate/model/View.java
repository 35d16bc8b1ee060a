package dev.driftgate.model;

import java.util.List;

/**
 * A view or materialized view.
 *
 * @param definition the query as the server deparses it ({@code pg_get_viewdef})
 * @param indexes indexes of a materialized view
 * @param options storage parameters of a materialized view ({@code pg_class.reloptions})
 * @param rules rules other than the view's own {@code _RETURN}
 * @param columnTypes each column's type ({@code format_type}), by name; empty where unknown
 */
public record View(
    QualifiedName name,
    boolean materialized,
    String definition,
    List<String> columns,
    List<Index> indexes,
    List<Rule> rules,
    List<String> options,
    String comment,
    java.util.Map<String, String> columnTypes)
    implements java.io.Serializable {
  public View {
    columnTypes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columnTypes));
    columns = List.copyOf(columns);
    indexes = List.copyOf(indexes);
    rules = List.copyOf(rules);
    options = List.copyOf(options);
  }

  /** A view whose columns' types are not known. */
  public View(
      QualifiedName name,
      boolean materialized,
      String definition,
      List<String> columns,
      List<Index> indexes,
      List<Rule> rules,
      List<String> options,
      String comment) {
    this(
        name,
        materialized,
        definition,
        columns,
        indexes,
        rules,
        options,
        comment,
        java.util.Map.of());
  }
}
