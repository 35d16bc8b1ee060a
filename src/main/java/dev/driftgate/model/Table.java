package dev.driftgate.model;

import java.util.List;
import java.util.Optional;

/**
 * A table with everything that hangs off it. Lists are sorted by name, except {@code columns} (by
 * position).
 *
 * @param primaryKey the primary key, or null
 * @param partitionKey {@code RANGE (starts_on)} for a partitioned table, else null
 * @param partitionOf the parent of a partition, else null
 * @param partitionBound {@code FOR VALUES ...} of a partition, else null
 * @param options storage parameters as {@code pg_class.reloptions} holds them: {@code
 *     fillfactor=70}
 * @param replicaIdentity {@code DEFAULT}, {@code FULL}, {@code NOTHING} or {@code USING INDEX name}
 */
public record Table(
    QualifiedName name,
    Kind kind,
    boolean unlogged,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<ForeignKey> foreignKeys,
    List<UniqueConstraint> uniqueConstraints,
    List<CheckConstraint> checks,
    List<ExclusionConstraint> exclusions,
    List<Index> indexes,
    List<Trigger> triggers,
    RowSecurity rowSecurity,
    List<Policy> policies,
    List<Rule> rules,
    List<Statistics> statistics,
    String partitionKey,
    QualifiedName partitionOf,
    String partitionBound,
    List<String> options,
    String replicaIdentity,
    String comment)
    implements java.io.Serializable {

  /** The relation kinds that hold rows. */
  public enum Kind {
    TABLE,
    PARTITIONED_TABLE,
    FOREIGN_TABLE
  }

  /** Whether row-level security is enabled and forced on the table. */
  public record RowSecurity(boolean enabled, boolean forced) implements java.io.Serializable {
    public static final RowSecurity OFF = new RowSecurity(false, false);
  }

  public Table {
    columns = List.copyOf(columns);
    foreignKeys = List.copyOf(foreignKeys);
    uniqueConstraints = List.copyOf(uniqueConstraints);
    checks = List.copyOf(checks);
    exclusions = List.copyOf(exclusions);
    indexes = List.copyOf(indexes);
    triggers = List.copyOf(triggers);
    policies = List.copyOf(policies);
    rules = List.copyOf(rules);
    statistics = List.copyOf(statistics);
    options = List.copyOf(options);
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }
}
