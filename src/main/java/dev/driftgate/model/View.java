package dev.driftgate.model;

import java.util.List;

/**
 * A view or materialized view.
 *
 * @param definition the query as the server deparses it ({@code pg_get_viewdef})
 * @param indexes indexes of a materialized view
 * @param options storage parameters of a materialized view ({@code pg_class.reloptions})
 * @param rules rules other than the view's own {@code _RETURN}
 */
public record View(
    QualifiedName name,
    boolean materialized,
    String definition,
    List<String> columns,
    List<Index> indexes,
    List<Rule> rules,
    List<String> options,
    String comment)
    implements java.io.Serializable {
  public View {
    columns = List.copyOf(columns);
    indexes = List.copyOf(indexes);
    rules = List.copyOf(rules);
    options = List.copyOf(options);
  }
}
