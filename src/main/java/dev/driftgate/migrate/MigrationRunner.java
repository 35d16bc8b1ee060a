package dev.driftgate.migrate;

import dev.driftgate.sqlscript.Statement;
import dev.driftgate.sqlscript.StatementKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Applies one migration to one database: in one transaction together with its ledger row, so that a
 * failure leaves the database exactly as it was. Statements PostgreSQL refuses to run in a
 * transaction block run between transactions, and the outcome says so.
 */
public final class MigrationRunner {
  private final ScriptExecutor executor;
  private final String toolVersion;

  public MigrationRunner(ScriptExecutor executor, String toolVersion) {
    this.executor = executor;
    this.toolVersion = toolVersion;
  }

  /** What happened to one migration on one database. */
  public record Outcome(
      Optional<SqlFailure> failure, long millis, int statementsOutsideTransaction) {
    public boolean succeeded() {
      return failure.isEmpty();
    }
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
      c.setAutoCommit(true);
    }
  }

  /** Applies the migration and records it in the ledger (which must exist). */
  public Outcome apply(Connection c, MigrationScript migration) throws SQLException {
    return run(c, migration, true);
  }

  private Outcome run(Connection c, MigrationScript migration, boolean record) throws SQLException {
    long start = System.nanoTime();
    int outside = 0;
    c.setAutoCommit(false);
    try (java.sql.Statement jdbc = c.createStatement()) {
      jdbc.setEscapeProcessing(false);
      for (Statement statement : migration.statements()) {
        if (statement.kind() == StatementKind.TRANSACTION_CONTROL) {
          continue; // the runner owns the transaction; BEGIN/COMMIT in the file would end it early
        }
        boolean alone = statement.kind() == StatementKind.NO_TRANSACTION;
        if (alone) {
          c.commit();
          c.setAutoCommit(true);
          outside++;
        }
        Optional<SqlFailure> failure = executor.execute(jdbc, statement);
        if (alone) {
          c.setAutoCommit(false);
        }
        if (failure.isPresent()) {
          c.rollback();
          return new Outcome(failure, elapsed(start), outside);
        }
      }
      if (record) {
        Ledger.record(c, migration.name(), migration.checksum(), elapsed(start), toolVersion);
      }
      c.commit();
      return new Outcome(Optional.empty(), elapsed(start), outside);
    } catch (SQLException e) {
      rollbackQuietly(c);
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is already broken; the original exception says why
    }
  }
}
