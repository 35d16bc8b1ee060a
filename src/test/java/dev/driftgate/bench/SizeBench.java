package dev.driftgate.bench;

import dev.driftgate.bench.synthetic.Counts;
import dev.driftgate.bench.synthetic.SyntheticProject;
import dev.driftgate.config.Manifest;
import dev.driftgate.config.ManifestReader;
import dev.driftgate.pgdump.PgClients;
import dev.driftgate.pgdump.PgDumpForm;
import dev.driftgate.postgres.EmbeddedServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One size of the benchmark: generates the project, then alternates verify runs and floor runs so
 * that the machine's noise falls on both alike.
 */
final class SizeBench {
  /**
   * What one size measured.
   *
   * @param startLoads the one-minute load average as each recorded verify and floor run started
   */
  record Result(
      Options.Size size,
      String project,
      List<Sample> verify,
      List<Sample> floor,
      List<Double> startLoads,
      String verdicts,
      String postgres) {}

  private final VerifyRun verify;
  private final Options options;
  private final PrintStream out;
  private final Path repository;

  SizeBench(VerifyRun verify, Options options, PrintStream out, Path repository) {
    this.verify = verify;
    this.repository = repository;
    this.options = options;
    this.out = out;
  }

  Result run(Options.Size size, Path work, boolean warmup) throws IOException, SQLException {
    Path dir = work.resolve(size.directory());
    delete(dir);
    Path runsDir = Files.createDirectories(dir.resolve("runs"));
    out.printf("%n== %s (load average %s)%n", size.label(), Machine.loadAverage());
    Path project = size.repository() ? repository : dir.resolve("project");
    String description = size.repository() ? milestone(project) : generate(size, project);
    FloorRun floorRun = new FloorRun(TierScripts.of(project, runsDir), runsDir);
    if (warmup) {
      out.println("warm-up: one verify and one floor, not recorded");
      verify.run(project, runsDir, "warmup");
      floorRun.measure();
    }
    List<Sample> verifies = new ArrayList<>();
    List<Sample> floors = new ArrayList<>();
    List<Double> loads = new ArrayList<>();
    Set<String> verdicts = new TreeSet<>();
    String postgres = "";
    int runs = options.runsFor(size);
    for (int i = 1; i <= runs; i++) {
      loads.add(awaitIdle());
      VerifyRun.Outcome outcome = verify.run(project, runsDir, String.valueOf(i));
      requireClean(outcome, runsDir);
      verifies.add(outcome.sample());
      verdicts.add(outcome.status() + " (" + outcome.summary() + ")");
      postgres = outcome.postgres();
      loads.add(awaitIdle());
      Sample floor = floorRun.measure();
      floors.add(floor);
      out.printf(
          Locale.ROOT,
          "run %d/%d: verify %.2f s wall, floor %.2f s, parallel floor %.2f s (load %s)%n",
          i,
          runs,
          outcome.sample().get(VerifyRun.WALL) / 1000,
          floor.get(FloorRun.FLOOR) / 1000,
          floor.get(FloorRun.PARALLEL_FLOOR) / 1000,
          Machine.loadAverage());
    }
    return new Result(
        size, description, verifies, floors, loads, String.join(", ", verdicts), postgres);
  }

  private static String milestone(Path project) throws IOException {
    Manifest manifest = ManifestReader.read(project);
    return String.format(
        Locale.ROOT,
        "the Milestone reference schema of this repository: %d tiers, %d migrations, entities",
        manifest.tiers().size(),
        manifest.migrations().size());
  }

  private String generate(Options.Size size, Path project) throws IOException, SQLException {
    long t0 = System.nanoTime();
    SyntheticProject.Shape shape =
        new SyntheticProject.Shape(
            size.tables(), size.migrations(), options.seed(), size.twoTiers(), size.pgDump());
    Counts counts = SyntheticProject.write(shape, project);
    out.printf(
        "generated %s in %d ms: %s%n",
        project, (System.nanoTime() - t0) / 1_000_000, counts.describe());
    if (!size.pgDump()) {
      return counts.describe();
    }
    t0 = System.nanoTime();
    String version = inPgDumpForm(shape, project);
    out.printf(
        "setup_databases.sql rewritten by %s in %d ms%n",
        version, (System.nanoTime() - t0) / 1_000_000);
    return counts.describe() + "; `setup_databases.sql` in pg_dump form (" + version + ")";
  }

  /**
   * Replaces the generated canonical script by what {@code pg_dump --schema-only} writes for it:
   * the script built with {@code psql} in a scratch embedded PostgreSQL, each tier dumped after its
   * {@code \c} line. Returns pg_dump's version.
   */
  private static String inPgDumpForm(SyntheticProject.Shape shape, Path project)
      throws IOException, SQLException {
    Path log = project.resolveSibling("pgdump.log");
    try (EmbeddedServer server = EmbeddedServer.start()) {
      PgClients clients = new PgClients(server.port(), log);
      String dump = new PgDumpForm(server, clients).setup(project, Map.of(), true, "bench");
      String header =
          "-- Synthetic project for the driftgate benchmark: "
              + shape
              + ", seed "
              + shape.seed()
              + "\n-- Canonical schema in pg_dump form: per tier, pg_dump --schema-only of the"
              + " database\n-- psql built from the generated script.\n\n";
      Files.writeString(project.resolve("setup_databases.sql"), header + dump);
      return clients.dumpVersion();
    }
  }

  private double awaitIdle() {
    return Machine.awaitIdle(options.idleLoad(), options.maxWaitSeconds(), out);
  }

  private static void requireClean(VerifyRun.Outcome outcome, Path runsDir) {
    if (!outcome.status().equals("clean")) {
      throw new IllegalStateException(
          "verify found drift in the generated project ("
              + outcome.summary()
              + "; report in "
              + runsDir
              + "): a generator bug, and timings of a failing build would mean nothing");
    }
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
