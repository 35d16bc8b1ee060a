package dev.driftgate.migrate;

import dev.driftgate.migrate.DatabaseOutcome.Applied;
import dev.driftgate.migrate.MigrationStatus.State;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings one database up to date with a tier's migrations: under the advisory lock, reads the
 * ledger, refuses (or with {@code --repair} accepts) changed files, and applies what is pending in
 * manifest order, each migration in its own transaction. It stops at the first failure; what was
 * applied before it stays applied, and a rerun picks up from there.
 */
public final class DatabaseMigrator {
  private final String toolVersion;

  public DatabaseMigrator(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  /** Migrates the database behind {@code c}; {@code database} names it in messages. */
  public DatabaseOutcome migrate(
      Connection c, String database, List<MigrationScript> migrations, RunOptions options) {
    long start = System.nanoTime();
    Progress progress = new Progress();
    try (AdvisoryLock lock = AdvisoryLock.acquire(c, options.lockTimeout(), database)) {
      sessionTimeouts(c, options);
      Ledger.ensure(c);
      List<MigrationStatus> statuses = MigrationStatus.of(migrations, Ledger.read(c));
      List<MigrationStatus> changed =
          statuses.stream().filter(s -> s.state() == State.CHANGED).toList();
      if (!changed.isEmpty() && !options.repair()) {
        progress.failure = changed.get(0).changedMessage(database) + more(changed.size());
        return progress.outcome(start);
      }
      for (MigrationStatus s : changed) {
        Ledger.repair(c, s.migration().name(), s.migration().checksum());
        progress.repaired.add(s.migration().name());
      }
      applyPending(c, statuses, progress);
      return progress.outcome(start);
    } catch (SQLException e) {
      progress.failure = brokenConnection(database, progress.current, e);
      return progress.outcome(start);
    }
  }

  private void applyPending(Connection c, List<MigrationStatus> statuses, Progress progress)
      throws SQLException {
    MigrationRunner runner =
        new MigrationRunner(new ScriptExecutor(new StatementJournal()), toolVersion);
    for (MigrationStatus s : statuses) {
      if (s.state() != State.PENDING) {
        continue;
      }
      progress.current = s.migration().name();
      MigrationRunner.Outcome outcome = runner.apply(c, s.migration());
      if (!outcome.succeeded()) {
        progress.failure = failureMessage(s.migration(), outcome);
        return;
      }
      progress.applied.add(
          new Applied(
              s.migration().name(), outcome.millis(), outcome.statementsOutsideTransaction()));
    }
    progress.current = null;
  }

  private static void sessionTimeouts(Connection c, RunOptions options) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET lock_timeout = " + AdvisoryLock.millis(options.lockTimeout()));
      s.execute("SET statement_timeout = " + AdvisoryLock.millis(options.statementTimeout()));
    }
  }

  private static String failureMessage(MigrationScript m, MigrationRunner.Outcome outcome) {
    SqlFailure f = outcome.failure().orElseThrow();
    String undo =
        outcome.statementsOutsideTransaction() == 0
            ? "rolled back, nothing of it was applied"
            : "rolled back, except "
                + outcome.statementsOutsideTransaction()
                + " statement(s) that ran outside its transaction";
    return f + " — migration " + m.name() + " " + undo + "; fix it and rerun";
  }

  private static String brokenConnection(String database, String migration, SQLException e) {
    String during = migration == null ? "" : " while applying " + migration;
    return database
        + ": connection lost"
        + during
        + " ("
        + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim()
        + "); its transaction was rolled back, rerun to apply what is pending";
  }

  private static String more(int count) {
    return count > 1 ? " (and " + (count - 1) + " more changed file(s))" : "";
  }

  /** What the run has done so far on this database. */
  private static final class Progress {
    private final List<Applied> applied = new ArrayList<>();
    private final List<String> repaired = new ArrayList<>();
    private String current;
    private String failure;

    DatabaseOutcome outcome(long start) {
      return new DatabaseOutcome(
          applied, repaired, failure, (System.nanoTime() - start) / 1_000_000);
    }
  }
}
