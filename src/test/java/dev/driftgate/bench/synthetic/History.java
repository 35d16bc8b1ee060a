package dev.driftgate.bench.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Generates one tier as a history: most tables in the baseline, then one change per migration.
 * About a third of the migrations create 1–3 tables; the others change what exists.
 */
final class History {
  private History() {}

  static TierSchema generate(
      String name, String database, String javaPackage, int tables, int migrations, Random random) {
    return generate(name, database, javaPackage, tables, migrations, random, false);
  }

  /**
   * As above; {@code extended} gives every table five indexes and the tier a partitioned table (see
   * {@link SyntheticProject.Shape#extended()}).
   */
  static TierSchema generate(
      String name,
      String database,
      String javaPackage,
      int tables,
      int migrations,
      Random random,
      boolean extended) {
    TierSchema schema = new TierSchema(name, database, javaPackage);
    Names names = new Names(random);
    TableFactory factory = new TableFactory(schema, names, random, extended);
    Changes changes = new Changes(schema, names, random);
    int[] created = tablesPerMigration(tables, migrations, random);
    int baseline = tables;
    for (int n : created) {
      baseline -= n;
    }
    for (int i = 0; i < baseline; i++) {
      factory.create(0);
    }
    if (extended) {
      schema.partitioned.add(PartitionedTable.monthly(names.unique("event_log"), 2026));
    }
    for (int k = 1; k <= migrations; k++) {
      schema.steps.add(created[k] > 0 ? create(factory, created[k], k) : changes.any(k));
    }
    return schema;
  }

  private static TierSchema.Step create(TableFactory factory, int count, int migration) {
    List<String> made = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      made.add(factory.create(migration).name());
    }
    return new TierSchema.Step(
        "create_" + made.get(0), "Creates " + made.stream().collect(Collectors.joining(", ")));
  }

  /** How many tables each migration (1-based) creates; the baseline keeps at least half. */
  private static int[] tablesPerMigration(int tables, int migrations, Random random) {
    int[] created = new int[migrations + 1];
    int budget = tables - Math.max(3, (tables + 1) / 2);
    List<Integer> order = new ArrayList<>();
    for (int k = 1; k <= migrations; k++) {
      order.add(k);
    }
    Collections.shuffle(order, random);
    int creating = migrations == 0 ? 0 : Math.max(1, Math.round(migrations * 0.35f));
    for (int k : order.subList(0, creating)) {
      int n = Math.min(budget, 1 + random.nextInt(3));
      created[k] = n;
      budget -= n;
    }
    return created;
  }
}
