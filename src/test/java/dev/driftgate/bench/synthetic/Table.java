package dev.driftgate.bench.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A table with everything it gained over the history: columns in the order they were added (so
 * columns a migration adds come last, as in the canonical script), constraints and indexes.
 */
final class Table {
  private final String name;
  private final int since;
  private final String comment;
  private final List<Column> columns = new ArrayList<>();
  private final List<Constraint> constraints = new ArrayList<>();
  private final List<Index> indexes = new ArrayList<>();

  Table(String name, int since, String comment) {
    this.name = name;
    this.since = since;
    this.comment = comment;
  }

  String name() {
    return name;
  }

  /** The migration that created it (0: the baseline). */
  int since() {
    return since;
  }

  /** A {@code COMMENT ON TABLE} text, or null. */
  String comment() {
    return comment;
  }

  void add(Column column) {
    columns.add(column);
  }

  void add(Constraint constraint) {
    constraints.add(constraint);
  }

  void add(Index index) {
    indexes.add(index);
  }

  List<Column> columns() {
    return Collections.unmodifiableList(columns);
  }

  List<Constraint> constraints() {
    return Collections.unmodifiableList(constraints);
  }

  List<Index> indexes() {
    return Collections.unmodifiableList(indexes);
  }

  Optional<Column> column(String column) {
    return columns.stream().filter(c -> c.name().equals(column)).findFirst();
  }

  boolean has(String column) {
    return column(column).isPresent();
  }

  boolean hasConstraint(String constraint) {
    return constraints.stream().anyMatch(c -> c.name().equals(constraint));
  }

  /** The foreign key whose column this is, if any. */
  Optional<Constraint.ForeignKey> foreignKeyOf(String column) {
    return constraints.stream()
        .filter(c -> c instanceof Constraint.ForeignKey f && f.column().equals(column))
        .map(Constraint.ForeignKey.class::cast)
        .findFirst();
  }

  List<Constraint.ForeignKey> foreignKeys() {
    return constraints.stream()
        .filter(Constraint.ForeignKey.class::isInstance)
        .map(Constraint.ForeignKey.class::cast)
        .toList();
  }
}
