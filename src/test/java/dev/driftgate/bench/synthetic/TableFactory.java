package dev.driftgate.bench.synthetic;

import dev.driftgate.bench.synthetic.ColumnType.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Creates the next table of a tier: a bigint identity key, a code with a unique and a check
 * constraint, 1–3 foreign keys to earlier tables with ON DELETE actions, business columns up to
 * 8–15 columns in all, timestamps, and 1–3 indexes (some multi-column, some partial). Enum types,
 * sequences, triggers, views and functions come along in proportion (see {@link Companions}).
 */
final class TableFactory {
  private static final List<String> ACTIONS =
      List.of("CASCADE", "SET NULL", "RESTRICT", "NO ACTION");

  private final TierSchema schema;
  private final Names names;
  private final Random random;
  private final Companions companions;
  private final boolean fiveIndexes;

  TableFactory(TierSchema schema, Names names, Random random, boolean fiveIndexes) {
    this.schema = schema;
    this.names = names;
    this.random = random;
    this.companions = new Companions(schema, names, random);
    this.fiveIndexes = fiveIndexes;
  }

  Table create(int since) {
    int position = schema.tables.size();
    EnumType ownEnum = position % 50 == 0 ? companions.enumType(since) : null;
    String name = names.table();
    String comment = position % 4 == 0 ? "Synthetic " + name.replace('_', ' ') + "." : null;
    Table table = new Table(name, since, comment);
    String identity = random.nextInt(5) == 0 ? "ALWAYS" : "BY DEFAULT";
    table.add(new Column("id", ColumnType.of(Kind.BIGINT), true, null, identity, since));
    table.add(new Constraint.PrimaryKey(names.unique(name + "_pkey"), "id", since));
    table.add(Column.of("code", ColumnType.varchar(pickLength()), true, null, since));
    table.add(
        new Constraint.Check(names.unique(name + "_code_check"), "char_length(code) > 0", since));
    if (position % 25 == 12) {
      companions.numberedBySequence(table, since);
    }
    List<String> keys = foreignKeys(table, since);
    uniqueCode(table, keys, since);
    EnumType type = ownEnum != null || random.nextInt(10) < 6 ? enumFor(ownEnum) : null;
    if (type != null) {
      table.add(
          Column.of(type.kind(), ColumnType.enumType(type.name()), true, type.defaultSql(), since));
    }
    int target = 8 + random.nextInt(8);
    boolean tracked = position % 10 == 3;
    Payload.fill(table, names, random, target - table.columns().size() - (tracked ? 2 : 1), since);
    table.add(Column.of("created_at", ColumnType.of(Kind.TIMESTAMPTZ), true, "now()", since));
    indexes(table, keys, since);
    schema.tables.add(table);
    if (tracked) {
      companions.trackUpdates(table, since);
    }
    if (position % 20 == 19) {
      companions.view(table, since);
    }
    if (position % 50 == 24) {
      companions.labelFunction(table, since);
    }
    return table;
  }

  private int pickLength() {
    return List.of(20, 32, 40, 64).get(random.nextInt(4));
  }

  private EnumType enumFor(EnumType own) {
    return own != null ? own : schema.enums.get(random.nextInt(schema.enums.size()));
  }

  /** Adds 1–3 foreign keys to distinct earlier tables; returns their columns. */
  private List<String> foreignKeys(Table table, int since) {
    List<Table> earlier = new ArrayList<>(schema.tables);
    int count = earlier.isEmpty() ? 0 : Math.min(earlier.size(), 1 + random.nextInt(3));
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Table target = earlier.remove(random.nextInt(earlier.size()));
      String action = names.pick(ACTIONS);
      String column = target.name() + "_id";
      boolean notNull = !action.equals("SET NULL") && random.nextInt(3) > 0;
      table.add(Column.of(column, ColumnType.of(Kind.BIGINT), notNull, null, since));
      table.add(
          new Constraint.ForeignKey(
              names.unique(table.name() + "_" + column + "_fkey"),
              column,
              target.name(),
              action,
              since));
      columns.add(column);
    }
    return columns;
  }

  private void uniqueCode(Table table, List<String> keys, int since) {
    List<String> columns =
        !keys.isEmpty() && random.nextBoolean() ? List.of(keys.get(0), "code") : List.of("code");
    String name = names.unique(table.name() + "_" + String.join("_", columns) + "_key");
    table.add(new Constraint.Unique(name, columns, since));
  }

  /** The first foreign key's index, a multi-column index and a partial one where they fit. */
  private void indexes(Table table, List<String> keys, int since) {
    String t = table.name();
    List<Index> indexes = new ArrayList<>();
    if (!keys.isEmpty()) {
      indexes.add(index(t, List.of(keys.get(0)), null, since));
    }
    if (random.nextBoolean()) {
      String lead = keys.size() > 1 ? keys.get(1) : "code";
      indexes.add(index(t, List.of(lead, "created_at DESC"), null, since));
    }
    if (table.has("deleted_at")) {
      indexes.add(index(t, List.of("created_at"), "deleted_at IS NULL", since));
    } else if (table.has("is_active")) {
      indexes.add(index(t, List.of("code"), "is_active", since));
    }
    if (indexes.isEmpty()) {
      indexes.add(index(t, List.of("created_at"), null, since));
    }
    if (fiveIndexes) {
      topUp(table, keys, indexes, since);
    }
    indexes.forEach(table::add);
  }

  /**
   * Adds indexes on keys no index of the table has yet until it has five: foreign keys, the enum
   * column, {@code lower(code)}, then other columns. Draws no random numbers.
   */
  private void topUp(Table table, List<String> keys, List<Index> indexes, int since) {
    List<List<String>> candidates = new ArrayList<>();
    keys.forEach(k -> candidates.add(List.of(k)));
    candidates.add(List.of("lower(code)"));
    candidates.add(List.of("created_at"));
    candidates.add(List.of("code", "created_at"));
    for (Column c : table.columns()) {
      if (c.identity() == null && c.type().kind() != Kind.JSONB && c.type().kind() != Kind.TEXT) {
        candidates.add(List.of(c.name()));
      }
    }
    for (List<String> candidate : candidates) {
      if (indexes.size() >= 5) {
        return;
      }
      if (indexes.stream().noneMatch(i -> i.keys().equals(candidate))) {
        indexes.add(index(table.name(), candidate, null, since));
      }
    }
  }

  private Index index(String table, List<String> keys, String where, int since) {
    return Index.named(names, table, keys, where, since);
  }
}
