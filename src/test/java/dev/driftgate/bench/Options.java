package dev.driftgate.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's command line.
 *
 * @param runs verify runs (and floor runs) per size below 5,000 tables
 * @param bigRuns runs per size of 5,000 tables or more
 * @param doc where the Markdown goes, or null for stdout only
 * @param warmup one unrecorded verify and floor before the first size (JIT-free, but file caches
 *     and the unpacked PostgreSQL binaries are then warm)
 * @param idleLoad each run waits until the one-minute load average is below this (0: never waits),
 *     so that other work on a shared machine does not land in the figures
 * @param maxWaitSeconds how long a run waits for that at most, before it runs anyway
 * @param dataRows rows per table each verify replays the migrations over ({@code verify --data}), 0
 *     for none: the figures then show {@code <tier> data generation} and {@code <tier> data replay}
 *     apart
 */
record Options(
    List<Size> sizes,
    int runs,
    int bigRuns,
    long seed,
    Path doc,
    boolean warmup,
    double idleLoad,
    int maxWaitSeconds,
    int dataRows) {
  static final String USAGE =
      "bench/run [--sizes repo,100/10,1000/100,5000/200,1000/100/1] [--runs 5] [--big-runs 3]"
          + " [--seed 42] [--doc docs/benchmark.md|none] [--no-warmup] [--idle-load 1.5]"
          + " [--max-wait 900] [--data 10000] [--cache]\n"
          + "  a size is TABLES/MIGRATIONS (two tiers) or TABLES/MIGRATIONS/1 (one tier), or repo;\n"
          + "  /pgdump after it (1000/100/pgdump, 1000/100/1/pgdump) generates the extended shape\n"
          + "  (five indexes per table, a partitioned table per tier) and writes its canonical\n"
          + "  setup_databases.sql in pg_dump form: built with psql in a scratch embedded PostgreSQL,\n"
          + "  dumped per tier with pg_dump --schema-only after its \\c line;\n"
          + "  --cache measures the replay-state cache instead: per synthetic size, cold verify\n"
          + "  (--no-cache), verify after editing only the last migration, an unchanged re-run";

  /**
   * One project size; {@code repository} is this repository's own Milestone project instead of a
   * generated one; {@code pgDump} the extended shape with its canonical script in pg_dump form.
   */
  record Size(int tables, int migrations, boolean twoTiers, boolean repository, boolean pgDump) {
    static final Size REPOSITORY = new Size(0, 0, true, true, false);

    Size(int tables, int migrations, boolean twoTiers) {
      this(tables, migrations, twoTiers, false, false);
    }

    static Size parse(String text) {
      if (text.equals("repo")) {
        return REPOSITORY;
      }
      List<String> parts = new ArrayList<>(Arrays.asList(text.split("/")));
      boolean pgDump = parts.size() > 2 && parts.get(parts.size() - 1).equals("pgdump");
      if (pgDump) {
        parts.remove(parts.size() - 1);
      }
      if (parts.size() < 2
          || parts.size() > 3
          || (parts.size() == 3 && !parts.get(2).equals("1"))) {
        throw new IllegalArgumentException(
            "size '" + text + "': expected N/M, N/M/1, N/M/pgdump or N/M/1/pgdump\n" + USAGE);
      }
      return new Size(
          Integer.parseInt(parts.get(0)),
          Integer.parseInt(parts.get(1)),
          parts.size() == 2,
          false,
          pgDump);
    }

    String label() {
      if (repository) {
        return "this repository (Milestone)";
      }
      return String.format(
          Locale.ROOT,
          "%,d tables, %d migrations, %d tier%s%s",
          tables,
          migrations,
          twoTiers ? 2 : 1,
          twoTiers ? "s" : "",
          pgDump ? ", pg_dump form" : "");
    }

    String directory() {
      if (repository) {
        return "repo";
      }
      return tables + "-" + migrations + (twoTiers ? "" : "-1tier") + (pgDump ? "-pgdump" : "");
    }
  }

  static Options parse(String[] args) {
    List<Size> sizes =
        List.of(
            Size.REPOSITORY,
            new Size(100, 10, true),
            new Size(1000, 100, true),
            new Size(5000, 200, true),
            new Size(1000, 100, false));
    int runs = 5;
    int bigRuns = 3;
    long seed = 42;
    Path doc = Path.of("docs/benchmark.md");
    boolean warmup = true;
    double idleLoad = 1.5;
    int maxWait = 900;
    int data = 0;
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    while (!rest.isEmpty()) {
      String option = rest.remove(0);
      if (option.equals("--no-warmup")) {
        warmup = false;
        continue;
      }
      if (rest.isEmpty()) {
        throw new IllegalArgumentException("unknown or incomplete option " + option + "\n" + USAGE);
      }
      String value = rest.remove(0);
      switch (option) {
        case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(Size::parse).toList();
        case "--runs" -> runs = Integer.parseInt(value);
        case "--big-runs" -> bigRuns = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--doc" -> doc = value.equals("none") ? null : Path.of(value);
        case "--idle-load" -> idleLoad = Double.parseDouble(value);
        case "--max-wait" -> maxWait = Integer.parseInt(value);
        case "--data" -> data = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
      }
    }
    return new Options(sizes, runs, bigRuns, seed, doc, warmup, idleLoad, maxWait, data);
  }

  int runsFor(Size size) {
    return size.tables() >= 5000 ? bigRuns : runs;
  }
}
