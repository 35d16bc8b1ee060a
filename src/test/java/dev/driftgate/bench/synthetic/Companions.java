package dev.driftgate.bench.synthetic;

import dev.driftgate.bench.synthetic.ColumnType.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The objects that come with tables in proportion: enum types, sequences that number rows, the
 * {@code updated_at} trigger, views over a table and its parent, SQL functions reading a table.
 * Also what migrations need to redefine views and functions.
 */
final class Companions {
  private final TierSchema schema;
  private final Names names;
  private final Random random;

  Companions(TierSchema schema, Names names, Random random) {
    this.schema = schema;
    this.names = names;
    this.random = random;
  }

  EnumType enumType(int since) {
    String[] nameAndKind = names.enumType();
    List<String> labels = Names.ENUM_LABELS.get(nameAndKind[1]);
    int initial = 3 + random.nextInt(2);
    EnumType type =
        new EnumType(
            nameAndKind[0],
            nameAndKind[1],
            since,
            labels.subList(0, initial),
            labels.subList(initial, labels.size()));
    schema.enums.add(type);
    return type;
  }

  /** A row number drawn from a sequence of its own ({@code DEFAULT nextval(...)}), unique. */
  void numberedBySequence(Table table, int since) {
    String sequence = names.unique(table.name() + "_number_seq");
    schema.sequences.add(new TierSchema.Sequence(sequence, 1000, since));
    table.add(
        Column.of(
            "number",
            ColumnType.of(Kind.BIGINT),
            true,
            "nextval('" + sequence + "'::regclass)",
            since));
    table.add(
        new Constraint.Unique(
            names.unique(table.name() + "_number_key"), List.of("number"), since));
  }

  /** An {@code updated_at} column kept current by the tier's trigger function. */
  void trackUpdates(Table table, int since) {
    table.add(Column.of("updated_at", ColumnType.of(Kind.TIMESTAMPTZ), true, "now()", since));
    String trigger = names.unique(table.name() + "_set_updated_at");
    schema.triggers.add(new TierSchema.Trigger(trigger, table.name(), since));
  }

  /** A view of the table's key columns, joined to the parent of its first foreign key. */
  void view(Table table, int since) {
    List<String> items = new ArrayList<>(List.of("c.id", "c.code", "c.created_at"));
    String from = table.name() + " c";
    List<Constraint.ForeignKey> keys = table.foreignKeys();
    if (!keys.isEmpty()) {
      Constraint.ForeignKey key = keys.get(0);
      boolean optional = !table.column(key.column()).orElseThrow().notNull();
      from +=
          (optional ? "\n  LEFT JOIN " : "\n  JOIN ")
              + key.target()
              + " p ON p.id = c."
              + key.column();
      items.add("p.code AS " + key.target() + "_code");
    }
    String name = names.unique(table.name() + "_overview");
    schema.views.add(
        new Definition(
            Definition.Kind.VIEW,
            name,
            table.name(),
            new Definition.Version(since, viewSql(name, items, from))));
  }

  /**
   * The view's next version: one more column of its table, appended (CREATE OR REPLACE VIEW may
   * only add columns at the end). Empty if every column is shown already.
   */
  Optional<Definition.Version> widenedView(Definition view, int migration) {
    String sql = view.at(migration).orElseThrow().sql();
    Table table = schema.table(view.table());
    for (Column column : table.columns()) {
      if (!sql.contains("c." + column.name() + ",") && !sql.contains("c." + column.name() + "\n")) {
        int from = sql.indexOf("\n  FROM ");
        String widened =
            sql.substring(0, from) + ",\n       c." + column.name() + sql.substring(from);
        return Optional.of(new Definition.Version(migration, widened));
      }
    }
    return Optional.empty();
  }

  /** A SQL function that formats a row's label; a migration may redefine its body. */
  void labelFunction(Table table, int since) {
    String name = names.unique(table.name() + "_label");
    schema.functions.add(
        new Definition(
            Definition.Kind.FUNCTION,
            name,
            table.name(),
            new Definition.Version(since, functionSql(name, table.name(), "code"))));
  }

  Definition.Version relabeled(Definition function, int migration) {
    return new Definition.Version(
        migration, functionSql(function.name(), function.table(), "code || ' #' || id"));
  }

  private static String viewSql(String name, List<String> items, String from) {
    return "VIEW "
        + name
        + " AS\nSELECT "
        + String.join(",\n       ", items)
        + "\n  FROM "
        + from
        + ";";
  }

  private static String functionSql(String name, String table, String expression) {
    return "FUNCTION "
        + name
        + "(p_id bigint) RETURNS text\n    LANGUAGE sql STABLE\nAS $$\n    SELECT "
        + expression
        + " FROM "
        + table
        + " WHERE id = p_id\n$$;";
  }
}
