package dev.driftgate.migrate;

import dev.driftgate.config.ToolApplied;
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

  public MigrationRunner(ScriptExecutor executor, String toolVersion) {
    this(executor, toolVersion, StatementObserver.NONE);
  }

  private MigrationRunner(ScriptExecutor executor, String toolVersion, StatementObserver observer) {
    this.executor = executor;
    this.toolVersion = toolVersion;
    this.observer = observer;
  }

  /** The same runner, with {@code observer} looking at the database around each statement. */
  public MigrationRunner observedBy(StatementObserver newObserver) {
    return new MigrationRunner(executor, toolVersion, newObserver);
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
    c.setAutoCommit(false);
    try (java.sql.Statement jdbc = c.createStatement()) {
      jdbc.setEscapeProcessing(false);
      for (Statement statement : ProbeStatements.of(migration.statements())) {
        Optional<SqlFailure> failure = executor.execute(jdbc, statement);
        if (failure.isPresent()) {
          return new Probe<>(failure, null);
        }
      }
      return new Probe<>(Optional.empty(), inspection.inspect(c));
    } finally {
      rollbackQuietly(c);
      restoreAutocommit(c);
    }
  }

  /**
   * Applies the migration and records it in the ledger (which must exist). A migration that mixes a
   * statement PostgreSQL runs only outside a transaction with others is refused before anything
   * runs ({@link MixedTransactions}).
   */
  public Outcome apply(Connection c, MigrationScript migration) throws SQLException {
    if (migration.tool() != null) {
      return applyByTool(c, migration);
    }
    Optional<MixedTransactions.Mix> mix = MixedTransactions.of(migration.statements());
    if (mix.isPresent()) {
      return new Outcome(Optional.of(mix.get().failure()), 0, 0);
    }
    return run(
        c,
        migration.statements(),
        (conn, millis) ->
            Ledger.record(conn, migration.name(), migration.checksum(), millis, toolVersion));
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
   * connection broke: nothing was committed but what ran outside the transaction.
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
        if (alone) {
          c.commit();
          c.setAutoCommit(true);
          outside++;
        }
        observer.before(c, statement);
        long statementStart = System.nanoTime();
        Optional<SqlFailure> failure =
            alone ? outside(c, jdbc, statement) : executor.execute(jdbc, statement);
        if (failure.isEmpty()) {
          observer.after(c, statement, System.nanoTime() - statementStart);
        }
        if (alone) {
          c.setAutoCommit(false);
        }
        if (failure.isPresent()) {
          rollbackQuietly(c);
          return new Outcome(failure, elapsed(start), outside);
        }
      }
      Optional<SqlFailure> changed =
          defaults == null ? Optional.empty() : RoleDefaults.changed(c, defaults, statements);
      if (changed.isPresent()) {
        rollbackQuietly(c); // ALTER ROLE ... SET is transactional: the rollback takes it back
        return new Outcome(changed, elapsed(start), outside);
      }
      beforeCommit.run(c, elapsed(start));
      c.commit();
      return new Outcome(Optional.empty(), elapsed(start), outside);
    } catch (SQLException e) {
      rollbackQuietly(c);
      throw e;
    } finally {
      restoreAutocommit(c);
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
