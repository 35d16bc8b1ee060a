package dev.driftgate.app.verify;

import dev.driftgate.app.build.DatabaseBuilder;
import dev.driftgate.app.build.Stopwatch;
import dev.driftgate.app.build.ToolVersion;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.catalog.CatalogReader;
import dev.driftgate.data.FillResult;
import dev.driftgate.data.Hazard;
import dev.driftgate.data.HazardWatch;
import dev.driftgate.data.RowFiller;
import dev.driftgate.migrate.Limits;
import dev.driftgate.migrate.MigrationRunner;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.migrate.OnBehalf;
import dev.driftgate.migrate.ScriptExecutor;
import dev.driftgate.migrate.SqlFailure;
import dev.driftgate.migrate.StatementJournal;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.postgres.Sessions;
import dev.driftgate.sqlscript.ScriptReader;
import dev.driftgate.sqlscript.Statement;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The replay over rows of one tier (issue 18): a scratch database at the replay's start (the
 * baseline, or a release's canonical script), filled with generated rows or the user's seed script,
 * then the migrations after that start applied one by one, each in its own session, with a {@link
 * HazardWatch} measuring what each statement does to the tables holding rows.
 */
final class DataReplay {
  private final ScratchDatabases databases;
  private final String template;
  private final Stopwatch stopwatch;
  private final Limits limits;
  private final Path projectRoot;

  DataReplay(
      ScratchDatabases databases,
      String template,
      Stopwatch stopwatch,
      Limits limits,
      Path projectRoot) {
    this.databases = databases;
    this.template = template;
    this.stopwatch = stopwatch;
    this.limits = limits;
    this.projectRoot = projectRoot;
  }

  /** The hazards one migration's statements showed. */
  record Measured(MigrationScript migration, List<Hazard> hazards) {}

  /**
   * What the replay over rows found.
   *
   * @param startFailure why the start (baseline, seed script) could not be built, or null
   * @param failed the migration that failed on the rows, or null; {@code failure} says how
   */
  record Outcome(
      FillResult fill,
      Map<dev.driftgate.model.QualifiedName, Long> watched,
      List<Measured> measured,
      MigrationScript failed,
      SqlFailure failure,
      String startFailure,
      long replayMillis) {}

  Outcome run(TierInputs tier, DataOptions options) throws SQLException {
    String name =
        stopwatch.time(
            tier.name() + " data clone", () -> databases.cloneOf(template, tier.name() + "_data"));
    ScriptExecutor executor =
        new ScriptExecutor(new StatementJournal(), OnBehalf.of(databases, name), limits);
    try (Sessions sessions = databases.sessions(name)) {
      Optional<SqlFailure> failure = DatabaseBuilder.start(sessions, tier, executor);
      if (failure.isPresent()) {
        return startFailed("the replay's start does not build: " + failure.get());
      }
      FillResult fill;
      try {
        fill =
            stopwatch.time(
                tier.name() + " data generation", () -> fill(sessions, executor, options));
      } catch (SeedFailed e) {
        return startFailed("the seed script does not load: " + e.failure);
      }
      HazardWatch watch = HazardWatch.start(sessions.fresh());
      long start = System.nanoTime();
      Outcome outcome = replay(sessions, tier, executor, watch, fill);
      stopwatch.record(tier.name() + " data replay", (System.nanoTime() - start) / 1_000_000);
      return outcome;
    }
  }

  private FillResult fill(Sessions sessions, ScriptExecutor executor, DataOptions options)
      throws SQLException {
    Connection c = sessions.fresh();
    if (options.seedScript() == null) {
      return new RowFiller(options.rows(), options.seedOrDefault()).fill(c, CatalogReader.read(c));
    }
    long start = System.nanoTime();
    List<Statement> script =
        new ScriptReader().read(projectRoot, options.seedScript()).statements();
    Optional<SqlFailure> failure = executor.runAutocommit(c, script);
    if (failure.isPresent()) {
      throw new SeedFailed(failure.get());
    }
    return new FillResult(Map.of(), List.of(), (System.nanoTime() - start) / 1_000_000);
  }

  private Outcome replay(
      Sessions sessions,
      TierInputs tier,
      ScriptExecutor executor,
      HazardWatch watch,
      FillResult fill)
      throws SQLException {
    MigrationRunner runner = new MigrationRunner(executor, ToolVersion.get()).observedBy(watch);
    List<Measured> measured = new ArrayList<>();
    long start = System.nanoTime();
    for (MigrationScript migration : tier.migrations()) {
      MigrationRunner.Outcome outcome = runner.apply(sessions.fresh(), migration);
      List<Hazard> hazards = watch.drain();
      if (!outcome.succeeded()) {
        return new Outcome(
            fill,
            watch.tables(),
            measured,
            migration,
            outcome.failure().get(),
            null,
            elapsed(start));
      }
      measured.add(new Measured(migration, hazards));
    }
    return new Outcome(fill, watch.tables(), measured, null, null, null, elapsed(start));
  }

  private static Outcome startFailed(String why) {
    return new Outcome(
        new FillResult(Map.of(), List.of(), 0), Map.of(), List.of(), null, null, why, 0);
  }

  /** The user's seed script failed: the replay over rows has nothing to start from. */
  private static final class SeedFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SqlFailure failure;

    SeedFailed(SqlFailure failure) {
      super(failure.toString(), null, false, false);
      this.failure = failure;
    }
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
