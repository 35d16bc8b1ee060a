package dev.driftgate.bench.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one tier's history produced: its objects (each remembering the migration that made it)
 * and one step per migration, in order.
 */
final class TierSchema {
  /** The shared trigger function every tier has from its baseline. */
  static final String TRIGGER_FUNCTION = "set_updated_at";

  /** A sequence of the baseline or of a migration. */
  record Sequence(String name, int start, int since) {}

  /** A {@code BEFORE UPDATE} trigger that calls the trigger function. */
  record Trigger(String name, String table, int since) {}

  /**
   * A migration of this tier.
   *
   * @param slug its name without the global number ({@code add_columns_to_sales_orders})
   */
  record Step(String slug, String description) {}

  final String name;
  final String database;
  final String javaPackage;
  final List<EnumType> enums = new ArrayList<>();
  final List<Sequence> sequences = new ArrayList<>();
  final List<Table> tables = new ArrayList<>();
  final List<Definition> functions = new ArrayList<>();
  final List<Definition> views = new ArrayList<>();
  final List<Trigger> triggers = new ArrayList<>();
  final List<PartitionedTable> partitioned = new ArrayList<>();
  final List<Step> steps = new ArrayList<>();

  TierSchema(String name, String database, String javaPackage) {
    this.name = name;
    this.database = database;
    this.javaPackage = javaPackage;
  }

  /** The number of migrations so far; the next one is {@code migrations() + 1}. */
  int migrations() {
    return steps.size();
  }

  Table table(String table) {
    return tables.stream().filter(t -> t.name().equals(table)).findFirst().orElseThrow();
  }
}
