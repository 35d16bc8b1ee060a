package dev.driftgate.migrate;

import dev.driftgate.migrate.DatabaseOutcome.Applied;
import dev.driftgate.migrate.MigrationStatus.State;
import dev.driftgate.postgres.ReadTimeout;
import dev.driftgate.postgres.Sessions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings one database up to date with a tier's migrations: under the advisory lock, reads the
 * ledger, refuses (or with {@code --repair} accepts) changed files, and applies what is pending in
 * manifest order, each migration in its own transaction and its own fresh session, as {@code psql
 * -f} runs each file: nothing one migration sets ({@code search_path}, a role, a temporary table)
 * reaches the next. It stops at the first failure; what was applied before it stays applied, and a
 * rerun picks up from there.
 *
 * <p>The lock is session-level, and a fresh session ({@code DISCARD ALL}) releases it. So the lock
 * and the bookkeeping live on a connection of their own that no migration ever sees, and the
 * migrations run on {@link Sessions}. Resetting one connection with the parts of {@code DISCARD
 * ALL} but the unlock ({@code CLOSE ALL}, {@code SET SESSION AUTHORIZATION DEFAULT}, {@code RESET
 * ALL}, {@code DEALLOCATE ALL}, {@code UNLISTEN *}, {@code DISCARD PLANS/TEMP/SEQUENCES}) was the
 * alternative. It saves the second connection, which costs one connect per database that has
 * something pending (measured on the embedded server, two cores shared: a connect 40-46 ms, {@code
 * DISCARD ALL} 0.1-0.6 ms, that reset 0.3-0.8 ms); but it leaves the lock within the migrations'
 * reach: {@code pg_advisory_unlock_all()} in a file, or the reconnect a broken session or {@code
 * ALTER DATABASE ... SET} calls for, would drop it mid-run.
 */
public final class DatabaseMigrator {
  private final String toolVersion;

  public DatabaseMigrator(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  /**
   * Migrates a database: {@code c} takes the lock and keeps the ledger, {@code sessions} (of the
   * same database) runs the migrations; {@code database} names it in messages.
   */
  public DatabaseOutcome migrate(
      Connection c,
      Sessions sessions,
      String database,
      List<MigrationScript> migrations,
      RunOptions options) {
    long start = System.nanoTime();
    Progress progress = new Progress();
    Duration readTimeout = readTimeout(c);
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
      applyPending(sessions, statuses, options, progress);
      return progress.outcome(start);
    } catch (SQLException e) {
      progress.failure = brokenConnection(database, progress.current, e, readTimeout);
      return progress.outcome(start);
    }
  }

  private void applyPending(
      Sessions sessions, List<MigrationStatus> statuses, RunOptions options, Progress progress)
      throws SQLException {
    MigrationRunner runner =
        new MigrationRunner(new ScriptExecutor(new StatementJournal()), toolVersion);
    for (MigrationStatus s : statuses) {
      if (s.state() != State.PENDING) {
        continue;
      }
      progress.current = s.migration().name();
      Connection c = sessions.fresh();
      sessionTimeouts(c, options);
      MigrationRunner.Outcome outcome =
          ReadTimeout.during(c, options.statementTimeout(), () -> runner.apply(c, s.migration()));
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

  private static Duration readTimeout(Connection c) {
    try {
      return Duration.ofMillis(c.getNetworkTimeout());
    } catch (SQLException e) {
      return Duration.ZERO; // a closed connection: its failure says why
    }
  }

  private static void sessionTimeouts(Connection c, RunOptions options) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET lock_timeout = " + AdvisoryLock.millis(options.lockTimeout()));
      s.execute("SET statement_timeout = " + AdvisoryLock.millis(options.statementTimeout()));
    }
  }

  private static String failureMessage(MigrationScript m, MigrationRunner.Outcome outcome) {
    SqlFailure f = outcome.failure().orElseThrow();
    // A migration is transactional throughout or one statement outside a transaction, or refused
    // before it starts (MixedTransactions): either way a failure leaves nothing of it applied.
    return f + " — nothing of migration " + m.name() + " was applied; fix it and rerun";
  }

  private static String brokenConnection(
      String database, String migration, SQLException e, Duration readTimeout) {
    String during = migration == null ? "" : " while applying " + migration;
    String reason =
        ReadTimeout.expired(e) && !readTimeout.isZero()
            ? ReadTimeout.describe(readTimeout)
            : String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim();
    return database
        + ": connection lost"
        + during
        + " ("
        + reason
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
