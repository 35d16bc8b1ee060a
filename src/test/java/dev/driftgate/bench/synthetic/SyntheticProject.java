package dev.driftgate.bench.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic SPEC-style project: {@code setup_databases.sql} with a {@code \c} section per
 * tier, {@code migrations/manifest.yaml}, a baseline per tier, the migrations, and {@code
 * entities/} with one package per tier. Baseline plus migrations equal the canonical script
 * exactly, and the same shape always gives the same files.
 */
public final class SyntheticProject {
  /** Package of the entities of a tier: {@code dev.synthetic.<tier>}. */
  public static final String ENTITY_PACKAGE_PREFIX = "dev.synthetic.";

  /**
   * The size of a project.
   *
   * @param tables tables of all tiers together
   * @param migrations migrations of all tiers together, at most 999
   * @param twoTiers a master tier ({@code bench_admin}, a tenth of everything) and a tenant tier
   *     ({@code bench}); otherwise one tier {@code app} ({@code bench})
   * @param extended the shape of the pg_dump benchmark (issue 12): five indexes per table (one on
   *     an expression) and a partitioned table per tier, besides the enums and views every shape
   *     has; false gives the same files as before this option existed
   */
  public record Shape(int tables, int migrations, long seed, boolean twoTiers, boolean extended) {
    public Shape {
      if (tables < (twoTiers ? 10 : 5) || migrations < 0 || migrations > 999) {
        throw new IllegalArgumentException(
            "need at least 5 tables per tier and 0-999 migrations: " + tables + "/" + migrations);
      }
    }

    public Shape(int tables, int migrations, long seed, boolean twoTiers) {
      this(tables, migrations, seed, twoTiers, false);
    }

    @Override
    public String toString() {
      return tables
          + " tables, "
          + migrations
          + " migrations, "
          + (twoTiers ? 2 : 1)
          + " tiers"
          + (extended ? ", five indexes per table, partitioned tables" : "");
    }
  }

  private SyntheticProject() {}

  /** Writes the project into {@code dir} (created if missing) and returns what it holds. */
  public static Counts write(Shape shape, Path dir) throws IOException {
    List<TierSchema> tiers = generate(shape);
    String header =
        "Synthetic project for the driftgate benchmark: " + shape + ", seed " + shape.seed();
    StringBuilder setup = new StringBuilder("-- ").append(header).append('\n');
    setup.append("-- Canonical schema; baseline + migrations produce exactly this.\n");
    Path migrations = Files.createDirectories(dir.resolve("migrations"));
    Path baselines = Files.createDirectories(migrations.resolve("baseline"));
    for (TierSchema tier : tiers) {
      setup.append("\n\\c ").append(tier.database).append("\n\n");
      setup.append(ScriptWriter.snapshot(tier, tier.migrations()));
      write(baselines.resolve(tier.name + ".sql"), ScriptWriter.snapshot(tier, 0));
      EntityWriter.write(tier, dir.resolve("entities"));
    }
    write(dir.resolve("setup_databases.sql"), setup.toString());
    List<ManifestWriter.Entry> entries = new ArrayList<>();
    int[] next = new int[tiers.size()];
    for (int tierIndex : interleaving(tiers, shape.seed())) {
      TierSchema tier = tiers.get(tierIndex);
      int k = ++next[tierIndex];
      String name = String.format("%03d_%s", entries.size() + 1, tier.steps.get(k - 1).slug());
      write(migrations.resolve(name + ".sql"), MigrationWriter.migration(tier, k, name));
      entries.add(new ManifestWriter.Entry(name, tier.name, tier.steps.get(k - 1).description()));
    }
    write(migrations.resolve("manifest.yaml"), ManifestWriter.manifest(header, tiers, entries));
    return Counts.of(tiers);
  }

  private static List<TierSchema> generate(Shape shape) {
    if (!shape.twoTiers()) {
      return List.of(tier("app", "bench", shape.tables(), shape.migrations(), shape.seed(), shape));
    }
    int masterTables = Math.max(5, shape.tables() / 10);
    int masterMigrations =
        shape.migrations() < 2 ? 0 : Math.max(1, Math.round(shape.migrations() / 10f));
    return List.of(
        tier("master", "bench_admin", masterTables, masterMigrations, shape.seed(), shape),
        tier(
            "tenant",
            "bench",
            shape.tables() - masterTables,
            shape.migrations() - masterMigrations,
            shape.seed() + 1,
            shape));
  }

  private static TierSchema tier(
      String name, String db, int tables, int migrations, long seed, Shape shape) {
    Random random = new Random(seed * 1_000_003L);
    String entities = ENTITY_PACKAGE_PREFIX + name;
    return History.generate(name, db, entities, tables, migrations, random, shape.extended());
  }

  /** The manifest's order: each tier's migrations in order, the tiers shuffled together. */
  private static List<Integer> interleaving(List<TierSchema> tiers, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < tiers.size(); i++) {
      order.addAll(Collections.nCopies(tiers.get(i).migrations(), i));
    }
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
