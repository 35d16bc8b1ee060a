package dev.driftgate.bench.synthetic;

import dev.driftgate.bench.synthetic.ColumnType.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The business columns of a new table, drawn at random from a repertoire of the shapes real schemas
 * have: sized text, money with a check, date ranges with a check, flags, JSON, soft deletion,
 * public UUIDs with a unique constraint.
 */
final class Payload {
  /** One shape; adds its columns (and constraints) and returns how many columns it added. */
  private interface Feature {
    int addTo(Table table, Names names, int since);
  }

  private static final List<Feature> FEATURES =
      List.of(
          plain("name", ColumnType.varchar(200), true, null),
          plain("title", ColumnType.varchar(120), false, null),
          plain("description", ColumnType.of(Kind.TEXT), false, null),
          checked("amount", ColumnType.numeric(12, 2), "0", "amount >= 0"),
          plain("rate", ColumnType.numeric(7, 4), false, null),
          checked("quantity", ColumnType.of(Kind.INTEGER), "1", "quantity > 0"),
          plain("is_active", ColumnType.of(Kind.BOOLEAN), true, "true"),
          Payload::period,
          plain("attributes", ColumnType.of(Kind.JSONB), true, "'{}'::jsonb"),
          plain("email", ColumnType.varchar(255), false, null),
          Payload::publicId,
          plain("deleted_at", ColumnType.of(Kind.TIMESTAMPTZ), false, null),
          plain("notes", ColumnType.of(Kind.TEXT), false, null),
          plain("weight", ColumnType.numeric(10, 3), false, null),
          plain("visits", ColumnType.of(Kind.INTEGER), true, "0"));

  private Payload() {}

  /** Adds features in random order until the table has gained at least {@code columns}. */
  static void fill(Table table, Names names, Random random, int columns, int since) {
    List<Feature> features = new ArrayList<>(FEATURES);
    Collections.shuffle(features, random);
    int added = 0;
    for (Feature f : features) {
      if (added >= columns) {
        return;
      }
      added += f.addTo(table, names, since);
    }
  }

  private static Feature plain(String name, ColumnType type, boolean notNull, String def) {
    return (table, names, since) -> {
      table.add(Column.of(name, type, notNull, def, since));
      return 1;
    };
  }

  private static Feature checked(String name, ColumnType type, String def, String check) {
    return (table, names, since) -> {
      table.add(Column.of(name, type, true, def, since));
      table.add(
          new Constraint.Check(names.unique(table.name() + "_" + name + "_check"), check, since));
      return 1;
    };
  }

  private static int period(Table table, Names names, int since) {
    table.add(Column.of("starts_on", ColumnType.of(Kind.DATE), true, "CURRENT_DATE", since));
    table.add(Column.of("ends_on", ColumnType.of(Kind.DATE), false, null, since));
    table.add(
        new Constraint.Check(
            names.unique(table.name() + "_period_check"),
            "ends_on IS NULL OR ends_on >= starts_on",
            since));
    return 2;
  }

  private static int publicId(Table table, Names names, int since) {
    table.add(Column.of("public_id", ColumnType.of(Kind.UUID), true, "gen_random_uuid()", since));
    table.add(
        new Constraint.Unique(
            names.unique(table.name() + "_public_id_key"), List.of("public_id"), since));
    return 1;
  }
}
