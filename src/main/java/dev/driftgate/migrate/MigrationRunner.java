package dev.driftgate.migrate;

import dev.driftgate.config.ToolApplied;
import dev.driftgate.postgres.Sessions;
import dev.driftgate.sqlscript.SourceLocation;
import dev.driftgate.sqlscript.Statement;
import dev.driftgate.sqlscript.StatementKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Applies one migration to one database: in one transaction together with its ledger row, so that a
 * failure leaves the database exactly as it was. A statement PostgreSQL refuses to run in a
 * transaction block runs outside it, and the outcome says so; a migration is either that one
 * statement or transactional throughout, so a failure still leaves nothing of it behind.
 */
public final class MigrationRunner {
  private final ScriptExecutor executor;
  private final String toolVersion;
  private final StatementObserver observer;
  private final boolean trial;

  public MigrationRunner(ScriptExecutor executor, String toolVersion) {
    this(executor, toolVersion, StatementObserver.NONE, false);
  }

  private MigrationRunner(
      ScriptExecutor executor, String toolVersion, StatementObserver observer, boolean trial) {
    this.executor = executor;
    this.toolVersion = toolVersion;
    this.observer = observer;
    this.trial = trial;
  }

  /** The same runner, with {@code observer} looking at the database around each statement. */
  public MigrationRunner observedBy(StatementObserver newObserver) {
    return new MigrationRunner(executor, toolVersion, newObserver, trial);
  }

  /**
   * The same runner for a trial: every migration and probe runs inside one transaction the caller
   * holds open and rolls back at the end, so that a database is changed for a while and never for
   * good (the replay cache tries a developer's edit on a kept state this way). A migration is a
   * savepoint in it, kept when it succeeds; a probe is a savepoint rolled back to. Nothing is ever
   * committed: a statement that cannot run in a transaction block, a tool's migration, or a
   * transaction the trial finds ended stops the trial instead ({@link Sessions.TrialEnded}).
   */
  public MigrationRunner trial() {
    return new MigrationRunner(executor, toolVersion, observer, true);
  }

  /** What happened to one migration on one database. */
  public record Outcome(
      Optional<SqlFailure> failure, long millis, int statementsOutsideTransaction) {
    public boolean succeeded() {
      return failure.isEmpty();
    }
  }

  /** Work done in the migration's transaction after its statements, before the commit. */
  @FunctionalInterface
  interface BeforeCommit {
    void run(Connection c, long millis) throws SQLException;
  }

  /** Looks at the database from inside a probe's transaction, before it is rolled back. */
  @FunctionalInterface
  public interface Inspection<T> {
    T inspect(Connection c) throws SQLException;
  }

  /** What a probe saw: the failure of a statement, or what the inspection returned. */
  public record Probe<T>(Optional<SqlFailure> failure, T inspected) {}

  /**
   * Runs the migration once more in a transaction that is always rolled back, without touching the
   * ledger, and lets {@code inspection} look at the result first. This is how the drift check asks
   * "would applying this change anything?" without changing anything.
   */
  public <T> Probe<T> probe(Connection c, MigrationScript migration, Inspection<T> inspection)
      throws SQLException {
    if (trial) {
      return nested(c, "driftgate_probe", () -> probeStatements(c, migration, inspection), true);
    }
    c.setAutoCommit(false);
    try {
      try (java.sql.Statement begin = c.createStatement()) {
        begin.execute("SELECT 1"); // the transaction begins before the first statement runs
      }
      return probeStatements(c, migration, inspection);
    } finally {
      rollbackQuietly(c);
      restoreAutocommit(c);
    }
  }

  private <T> Probe<T> probeStatements(
      Connection c, MigrationScript migration, Inspection<T> inspection) throws SQLException {
    try (java.sql.Statement jdbc = c.createStatement()) {
      jdbc.setEscapeProcessing(false);
      for (Statement statement : ProbeStatements.of(migration.statements())) {
        Optional<SqlFailure> failure = executor.execute(jdbc, statement);
        stillInTransaction(c);
        if (failure.isPresent()) {
          return new Probe<>(failure, null);
        }
      }
      return new Probe<>(Optional.empty(), inspection.inspect(c));
    }
  }

  /** Work inside a trial's transaction, in a savepoint: rolled back to always, or on failure. */
  @FunctionalInterface
  private interface Nested<T> {
    T run() throws SQLException;
  }

  private <T> T nested(Connection c, String savepoint, Nested<T> work, boolean always)
      throws SQLException {
    stillInTransaction(c);
    try (java.sql.Statement s = c.createStatement()) {
      s.execute("SAVEPOINT " + savepoint);
      boolean kept = false;
      try {
        T result = work.run();
        kept = !always && !(result instanceof Outcome o && !o.succeeded());
        return result;
      } finally {
        stillInTransaction(c);
        if (!kept) {
          s.execute("ROLLBACK TO SAVEPOINT " + savepoint);
        }
        s.execute("RELEASE SAVEPOINT " + savepoint);
      }
    }
  }

  /**
   * Fails a trial or probe whose transaction a statement ended: what it did may be committed, where
   * it must be rolled back.
   */
  private static void stillInTransaction(Connection c) throws SQLException {
    if (!c.isClosed() // a connection that broke took its transaction with it
        && !Sessions.inTransaction(c)) {
      throw new Sessions.TrialEnded("a statement ended the transaction it had to stay in");
    }
  }

  /**
   * Applies the migration and records it in the ledger (which must exist). A migration that mixes a
   * statement PostgreSQL runs only outside a transaction with others is refused before anything
   * runs ({@link MixedTransactions}).
   */
  public Outcome apply(Connection c, MigrationScript migration) throws SQLException {
    if (trial && migration.tool() != null) {
      throw new Sessions.TrialEnded("a tool's migration commits as it goes");
    }
    if (migration.tool() != null) {
      return applyByTool(c, migration);
    }
    Optional<MixedTransactions.Mix> mix = MixedTransactions.of(migration.statements());
    if (mix.isPresent()) {
      return new Outcome(Optional.of(mix.get().failure()), 0, 0);
    }
    BeforeCommit ledger =
        (conn, millis) ->
            Ledger.record(conn, migration.name(), migration.checksum(), millis, toolVersion);
    return trial
        ? nested(c, "driftgate_migration", () -> run(c, migration.statements(), ledger), false)
        : run(c, migration.statements(), ledger);
  }

  /**
   * Lets the migration's own tool apply it (it commits as it goes, as it does on its own), then
   * records it in the ledger. A failure leaves what the tool committed before it.
   */
  private Outcome applyByTool(Connection c, MigrationScript migration) throws SQLException {
    long start = System.nanoTime();
    Optional<ToolApplied.Failure> failure = migration.tool().apply(c, executor.toolTagger());
    if (failure.isPresent()) {
      ToolApplied.Failure f = failure.get();
      return new Outcome(
          Optional.of(
              new SqlFailure(
                  new SourceLocation(f.file(), f.line()),
                  f.sqlState() == null ? "none" : f.sqlState(),
                  executor.cancelled(f.sqlState(), f.message()))),
          elapsed(start),
          0);
    }
    long millis = elapsed(start);
    c.setAutoCommit(true);
    Ledger.record(c, migration.name(), migration.checksum(), millis, toolVersion);
    return new Outcome(Optional.empty(), millis, 0);
  }

  /**
   * Runs statements in one transaction, then {@code beforeCommit}, then commits; on a failed
   * statement rolls everything back and returns the failure. An {@link SQLException} means the
   * connection broke: nothing was committed but what ran outside the transaction. In a trial the
   * transaction is the caller's, and the savepoint around it ends it ({@link #nested}).
   */
  Outcome run(Connection c, List<Statement> statements, BeforeCommit beforeCommit)
      throws SQLException {
    long start = System.nanoTime();
    int outside = 0;
    c.setAutoCommit(false);
    String defaults = executor.guardsRole() ? RoleDefaults.of(c) : null;
    try (java.sql.Statement jdbc = c.createStatement()) {
      jdbc.setEscapeProcessing(false);
      for (Statement statement : statements) {
        if (statement.kind() == StatementKind.TRANSACTION_CONTROL) {
          continue; // the runner owns the transaction; BEGIN/COMMIT in the file would end it early
        }
        boolean alone = statement.kind() == StatementKind.NO_TRANSACTION;
        if (alone && trial) {
          throw new Sessions.TrialEnded("a statement runs only outside a transaction block");
        }
        if (alone) {
          c.commit();
          c.setAutoCommit(true);
          outside++;
        }
        observer.before(c, statement);
        long statementStart = System.nanoTime();
        Optional<SqlFailure> failure =
            alone ? outside(c, jdbc, statement) : executor.execute(jdbc, statement);
        if (trial) {
          stillInTransaction(c);
        }
        if (failure.isEmpty()) {
          observer.after(c, statement, System.nanoTime() - statementStart);
        }
        if (alone) {
          c.setAutoCommit(false);
        }
        if (failure.isPresent()) {
          endFailed(c);
          return new Outcome(failure, elapsed(start), outside);
        }
      }
      Optional<SqlFailure> changed =
          defaults == null ? Optional.empty() : RoleDefaults.changed(c, defaults, statements);
      if (changed.isPresent()) {
        endFailed(c); // ALTER ROLE ... SET is transactional: the rollback takes it back
        return new Outcome(changed, elapsed(start), outside);
      }
      beforeCommit.run(c, elapsed(start));
      if (!trial) {
        c.commit();
      }
      return new Outcome(Optional.empty(), elapsed(start), outside);
    } catch (SQLException e) {
      endFailed(c);
      throw e;
    } finally {
      if (!trial) {
        restoreAutocommit(c);
      }
    }
  }

  /**
   * Rolls a failed migration back: its transaction, or in a trial its savepoint ({@link #nested}).
   */
  private void endFailed(Connection c) {
    if (!trial) {
      rollbackQuietly(c);
    }
  }

  /** Runs a statement outside a transaction; a concurrent index build leaves no invalid index. */
  private Optional<SqlFailure> outside(Connection c, java.sql.Statement jdbc, Statement statement)
      throws SQLException {
    Optional<ConcurrentIndex> index = ConcurrentIndex.of(statement);
    if (index.isEmpty()) {
      return executor.execute(jdbc, statement);
    }
    Long before = index.get().oid(c);
    Optional<SqlFailure> failure = executor.execute(jdbc, statement);
    return failure.isPresent()
        ? Optional.of(index.get().cleanUp(c, before, failure.get()))
        : index.get().validity(c, statement);
  }

  private static void restoreAutocommit(Connection c) {
    try {
      if (!c.isClosed()) {
        c.setAutoCommit(true);
      }
    } catch (SQLException ignored) {
      // a broken connection is reported by the exception that broke it
    }
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is already broken; the server rolled the transaction back with it
    }
  }
}
