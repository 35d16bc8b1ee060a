package dev.driftgate.catalog;

import dev.driftgate.model.CheckConstraint;
import dev.driftgate.model.Column;
import dev.driftgate.model.ExclusionConstraint;
import dev.driftgate.model.ForeignKey;
import dev.driftgate.model.Index;
import dev.driftgate.model.Policy;
import dev.driftgate.model.PrimaryKey;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Rule;
import dev.driftgate.model.Statistics;
import dev.driftgate.model.Table;
import dev.driftgate.model.Trigger;
import dev.driftgate.model.UniqueConstraint;
import dev.driftgate.model.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the bulk queries find about one relation, collected by oid before it becomes an immutable
 * {@link Table} or {@link View}. Mutable on purpose and confined to one read.
 */
final class RelationParts {
  final QualifiedName name;
  final char relkind;
  boolean unlogged;
  boolean rowSecurity;
  boolean forceRowSecurity;
  String partitionKey;
  QualifiedName partitionOf;
  String partitionBound;
  String viewDefinition;
  String comment;
  List<String> options = List.of();
  String replicaIdentity = "DEFAULT";
  final List<Column> columns = new ArrayList<>();

  /** Live column names by attribute number, for the column numbers constraints refer to. */
  final Map<Integer, String> columnNames = new HashMap<>();

  PrimaryKey primaryKey;
  final List<ForeignKey> foreignKeys = new ArrayList<>();
  final List<UniqueConstraint> uniques = new ArrayList<>();
  final List<CheckConstraint> checks = new ArrayList<>();
  final List<ExclusionConstraint> exclusions = new ArrayList<>();
  final List<Index> indexes = new ArrayList<>();
  final List<Trigger> triggers = new ArrayList<>();
  final List<Policy> policies = new ArrayList<>();
  final List<Rule> rules = new ArrayList<>();
  final List<Statistics> statistics = new ArrayList<>();

  RelationParts(QualifiedName name, char relkind) {
    this.name = name;
    this.relkind = relkind;
  }

  /** The names of the given attribute numbers, in their order. */
  List<String> columnNames(Integer[] numbers) {
    List<String> names = new ArrayList<>(numbers.length);
    for (Integer number : numbers) {
      names.add(columnNames.get(number));
    }
    return names;
  }

  boolean isView() {
    return relkind == 'v' || relkind == 'm';
  }

  Table toTable() {
    return new Table(
        name,
        switch (relkind) {
          case 'p' -> Table.Kind.PARTITIONED_TABLE;
          case 'f' -> Table.Kind.FOREIGN_TABLE;
          default -> Table.Kind.TABLE;
        },
        unlogged,
        columns,
        primaryKey,
        sorted(foreignKeys, ForeignKey::name),
        sorted(uniques, UniqueConstraint::name),
        sorted(checks, CheckConstraint::name),
        sorted(exclusions, ExclusionConstraint::name),
        sorted(indexes, Index::name),
        sorted(triggers, Trigger::name),
        rowSecurity || forceRowSecurity
            ? new Table.RowSecurity(rowSecurity, forceRowSecurity)
            : Table.RowSecurity.OFF,
        sorted(policies, Policy::name),
        sorted(rules, Rule::name),
        sorted(statistics, s -> s.name().toString()),
        partitionKey,
        partitionOf,
        partitionBound,
        options,
        replicaIdentity,
        comment);
  }

  View toView() {
    return new View(
        name,
        relkind == 'm',
        viewDefinition,
        columns.stream().map(Column::name).toList(),
        sorted(indexes, Index::name),
        sorted(rules, Rule::name),
        options,
        comment,
        columns.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Column::name, Column::type, (a, b) -> a, java.util.LinkedHashMap::new)));
  }

  private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(key));
    return copy;
  }
}
