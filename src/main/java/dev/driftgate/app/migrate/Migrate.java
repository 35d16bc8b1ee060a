package dev.driftgate.app.migrate;

import dev.driftgate.app.build.Progress;
import dev.driftgate.app.build.ProjectLoader;
import dev.driftgate.app.build.ToolVersion;
import dev.driftgate.config.Migration;
import dev.driftgate.config.Settings;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.migrate.DatabaseMigrator;
import dev.driftgate.migrate.DatabaseOutcome;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.migrate.RunOptions;
import dev.driftgate.postgres.Sessions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code migrate}: lists the manifest, and applies pending migrations (all, or one by name) to the
 * databases of their tiers, master tier first, tenant databases fanned out in parallel. A dry run
 * reports the plan instead. Failures are data in the report; only bad input and unreachable
 * infrastructure before the run starts are exceptions.
 */
public final class Migrate {
  /** Told about each database as it finishes (from worker threads, one call at a time). */
  @FunctionalInterface
  public interface Progress {
    void finished(DatabaseReport report, int done, int total);
  }

  private final Settings settings;

  public Migrate(Settings settings) {
    this.settings = settings;
  }

  /** The manifest's migrations in apply order (no database needed). */
  public static List<Migration> list(Path dir) {
    return ProjectLoader.load(dir).manifest().migrations();
  }

  public MigrateReport run(Path dir, MigrateOptions o, Progress progress) {
    long start = System.nanoTime();
    RunnerContext ctx = RunnerContext.open(dir, settings, o.tenant());
    Map<String, List<MigrationScript>> scripts = ctx.scripts(o.migration());
    RunOptions options = new RunOptions(o.lockTimeout(), o.statementTimeout(), o.repair());
    List<DatabaseReport> reports = new ArrayList<>();
    boolean earlierFailed = false;
    for (String tier : ctx.targets.tierOrder()) {
      List<MigrationScript> tierScripts = scripts.get(tier);
      if (tierScripts.isEmpty()) {
        continue;
      }
      if (earlierFailed) {
        reports.add(tierSkipped(tier));
        continue;
      }
      List<Target> targets = ctx.targets.of(tier, o.tenant());
      List<DatabaseReport> done =
          ctx.fanOut(targets, t -> one(ctx, t, tierScripts, options, o.dryRun()), o, progress);
      reports.addAll(done);
      earlierFailed = done.stream().anyMatch(DatabaseReport::failed);
    }
    return new MigrateReport(reports, (System.nanoTime() - start) / 1_000_000);
  }

  private DatabaseReport one(
      RunnerContext ctx, Target t, List<MigrationScript> scripts, RunOptions options, boolean dry) {
    long start = System.nanoTime();
    if (t.refusal() != null) {
      return DatabaseReport.failed(t, 0, t.refusal()); // never connected to
    }
    try (Connection c = ctx.open(t)) {
      Optional<String> refusal = RunnerContext.refusal(t, c);
      if (refusal.isPresent()) {
        return DatabaseReport.failed(t, millis(start), refusal.get());
      }
      if (dry) {
        return LedgerView.read(c, scripts).plan(t, options.repair(), millis(start));
      }
      try (Sessions sessions = new Sessions(() -> ctx.open(t))) {
        DatabaseOutcome out =
            new DatabaseMigrator(ToolVersion.get())
                .migrate(c, sessions, t.database(), scripts, options);
        return OutcomeReports.of(t, out);
      }
    } catch (DriftgateException e) {
      RunnerContext.rethrowUnlessTenant(t, e);
      return DatabaseReport.failed(t, millis(start), e.getMessage());
    } catch (SQLException e) {
      return DatabaseReport.failed(
          t, millis(start), t.database() + ": " + ctx.connector.describe(e));
    }
  }

  private static DatabaseReport tierSkipped(String tier) {
    return new DatabaseReport(
        tier,
        tier + " tier",
        "-",
        DatabaseReport.Status.SKIPPED,
        0,
        List.of(),
        List.of(),
        "not started: an earlier tier failed");
  }

  static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
