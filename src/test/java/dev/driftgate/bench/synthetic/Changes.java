package dev.driftgate.bench.synthetic;

import dev.driftgate.bench.synthetic.ColumnType.Kind;
import dev.driftgate.bench.synthetic.TierSchema.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The changes a migration makes besides creating tables: new columns, indexes, foreign keys and
 * checks on existing tables, enum labels, a redefined function or a widened view, an {@code
 * updated_at} trigger. Each applies to the schema as the previous migrations left it and returns
 * the step, or nothing if it has nothing left to change.
 */
final class Changes {
  private static final List<Column> ADDABLE =
      List.of(
          Column.of("priority", ColumnType.of(Kind.INTEGER), true, "0", 0),
          Column.of("remarks", ColumnType.of(Kind.TEXT), false, null, 0),
          Column.of("archived_at", ColumnType.of(Kind.TIMESTAMPTZ), false, null, 0),
          Column.of("external_ref", ColumnType.varchar(64), false, null, 0),
          Column.of("score", ColumnType.numeric(5, 2), false, null, 0),
          Column.of("metadata", ColumnType.of(Kind.JSONB), false, null, 0),
          Column.of("is_flagged", ColumnType.of(Kind.BOOLEAN), true, "false", 0),
          Column.of("valid_from", ColumnType.of(Kind.DATE), false, null, 0),
          Column.of("reviewed_at", ColumnType.of(Kind.TIMESTAMPTZ), false, null, 0),
          Column.of("tags", ColumnType.of(Kind.JSONB), true, "'[]'::jsonb", 0),
          Column.of("source", ColumnType.varchar(32), true, "'import'::varchar", 0));

  private final TierSchema schema;
  private final Names names;
  private final Random random;
  private final Companions companions;
  private final List<IntFunction<Optional<Step>>> weighted = new ArrayList<>();

  Changes(TierSchema schema, Names names, Random random) {
    this.schema = schema;
    this.names = names;
    this.random = random;
    this.companions = new Companions(schema, names, random);
    add(5, this::addColumns);
    add(3, this::addIndex);
    add(2, this::addForeignKey);
    add(2, this::addCheck);
    add(2, this::growEnum);
    add(2, this::redefineFunction);
    add(2, this::widenView);
    add(2, this::trackUpdates);
  }

  /** One change, drawn by weight; falls back to new columns, then to an index. */
  Step any(int migration) {
    return weighted
        .get(random.nextInt(weighted.size()))
        .apply(migration)
        .or(() -> addColumns(migration))
        .orElseGet(() -> addIndex(migration).orElseThrow());
  }

  private void add(int weight, IntFunction<Optional<Step>> change) {
    for (int i = 0; i < weight; i++) {
      weighted.add(change);
    }
  }

  Optional<Step> addColumns(int migration) {
    for (Table table : shuffledTables()) {
      List<Column> fresh = ADDABLE.stream().filter(c -> !table.has(c.name())).toList();
      if (fresh.isEmpty()) {
        continue;
      }
      List<String> added = new ArrayList<>();
      int start = random.nextInt(fresh.size());
      for (int i = 0; i < Math.min(fresh.size(), 1 + random.nextInt(3)); i++) {
        Column c = fresh.get((start + i) % fresh.size());
        table.add(Column.of(c.name(), c.type(), c.notNull(), c.defaultSql(), migration));
        added.add(c.name());
      }
      if (added.contains("archived_at")) {
        table.add(index(table, List.of("code"), "archived_at IS NULL", migration));
      }
      return step(
          "add_columns_to_" + table.name(),
          "Adds " + String.join(", ", added) + " to " + table.name());
    }
    return Optional.empty();
  }

  Optional<Step> addIndex(int migration) {
    Table table = names.pick(schema.tables);
    List<String> keys =
        table.columns().stream()
            .filter(c -> c.identity() == null && indexable(c.type().kind()))
            .map(Column::name)
            .toList();
    String first = names.pick(keys);
    String second = names.pick(keys);
    List<String> columns = first.equals(second) ? List.of(first) : List.of(first, second);
    String where = table.has("deleted_at") ? "deleted_at IS NULL" : null;
    table.add(index(table, columns, where, migration));
    return step(
        "index_" + table.name(),
        "Indexes " + table.name() + " (" + String.join(", ", columns) + ")");
  }

  Optional<Step> addForeignKey(int migration) {
    int position = 1 + random.nextInt(Math.max(1, schema.tables.size() - 1));
    if (position >= schema.tables.size()) {
      return Optional.empty();
    }
    Table table = schema.tables.get(position);
    Table target = schema.tables.get(random.nextInt(position));
    String column = target.name() + "_id";
    if (table.has(column)) {
      return Optional.empty();
    }
    table.add(Column.of(column, ColumnType.of(Kind.BIGINT), false, null, migration));
    String name = names.unique(table.name() + "_" + column + "_fkey");
    table.add(new Constraint.ForeignKey(name, column, target.name(), "SET NULL", migration));
    table.add(index(table, List.of(column), null, migration));
    return step(
        "link_" + table.name() + "_to_" + target.name(),
        "References " + target.name() + " from " + table.name());
  }

  Optional<Step> addCheck(int migration) {
    for (Table table : shuffledTables()) {
      for (Column c : table.columns()) {
        Kind kind = c.type().kind();
        String name = table.name() + "_" + c.name() + "_valid";
        boolean numeric = kind == Kind.INTEGER || kind == Kind.NUMERIC;
        if ((numeric || kind == Kind.VARCHAR)
            && !c.name().equals("code")
            && !table.hasConstraint(name)) {
          String expression = numeric ? c.name() + " >= 0" : "char_length(" + c.name() + ") > 0";
          table.add(new Constraint.Check(names.unique(name), expression, migration));
          return step(
              "check_" + table.name() + "_" + c.name(),
              "Validates " + table.name() + "." + c.name());
        }
      }
    }
    return Optional.empty();
  }

  Optional<Step> growEnum(int migration) {
    List<EnumType> growing = schema.enums.stream().filter(EnumType::canGrow).toList();
    if (growing.isEmpty()) {
      return Optional.empty();
    }
    EnumType type = names.pick(growing);
    String label = type.grow(migration);
    return step("extend_" + type.name(), "Adds label " + label + " to " + type.name());
  }

  Optional<Step> redefineFunction(int migration) {
    List<Definition> candidates =
        schema.functions.stream().filter(Definition::redefinable).toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Definition function = names.pick(candidates);
    function.redefine(companions.relabeled(function, migration));
    return step("update_" + function.name(), "Shows the id in " + function.name());
  }

  Optional<Step> widenView(int migration) {
    for (Definition view : schema.views.stream().filter(Definition::redefinable).toList()) {
      Optional<Definition.Version> widened = companions.widenedView(view, migration);
      if (widened.isPresent()) {
        view.redefine(widened.get());
        return step("widen_" + view.name(), "Adds a column to the view " + view.name());
      }
    }
    return Optional.empty();
  }

  Optional<Step> trackUpdates(int migration) {
    for (Table table : shuffledTables()) {
      if (!table.has("updated_at")) {
        companions.trackUpdates(table, migration);
        return step(
            "track_updates_on_" + table.name(), "Keeps " + table.name() + ".updated_at current");
      }
    }
    return Optional.empty();
  }

  private List<Table> shuffledTables() {
    List<Table> tables = new ArrayList<>(schema.tables);
    java.util.Collections.shuffle(tables, random);
    return tables;
  }

  private Index index(Table table, List<String> keys, String where, int migration) {
    return Index.named(names, table.name(), keys, where, migration);
  }

  private static boolean indexable(Kind kind) {
    return kind != Kind.JSONB && kind != Kind.TEXT;
  }

  private static Optional<Step> step(String slug, String description) {
    return Optional.of(new Step(slug, description));
  }
}
