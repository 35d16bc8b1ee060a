package dev.driftgate.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The repeatable-read transaction a catalog read runs in, rolled back at the end and the
 * connection's settings restored. On a connection already in a transaction (a trial that is never
 * committed, see {@code MigrationRunner.trial}) the read is a savepoint in it instead, rolled back
 * to at the end, so that its pinned settings go and the transaction's changes stay.
 */
final class ReadTransaction implements AutoCloseable {
  /**
   * A freshly built database still carries its template's statistics for the system catalogs, and
   * the planner then picks nested loops over thousands of rows (PERF-NOTES: 30x slower; the index
   * query takes 1.5 s instead of 70 ms at 900 tables). Hash joins are right for these whole-catalog
   * queries at every size; forbidding nested loops for the transaction costs nothing, where ANALYZE
   * of the catalogs took 0.3 s at 900 tables and needs a writable connection.
   */
  private static final String NO_NESTED_LOOPS = "SET LOCAL enable_nestloop = off";

  /**
   * The bulk queries cost enough for a server built with LLVM to compile them (a PostgreSQL from a
   * distribution's packages, say): 0.2 s more at 1,000 tables, for queries that run once.
   */
  private static final String NO_JIT = "SET LOCAL jit = off";

  /**
   * driftgate's reads see the database as a new session of a default server would, whatever a
   * user's script or an {@code ALTER DATABASE ... SET} chose: names print qualified exactly where a
   * default search path needs it, and literals in the queries mean what they say.
   */
  private static final List<String> PINNED =
      List.of(
          NO_NESTED_LOOPS,
          NO_JIT,
          "SET LOCAL search_path = \"$user\", public",
          "SET LOCAL standard_conforming_strings = on",
          "SET LOCAL DateStyle = 'ISO, MDY'",
          "SET LOCAL IntervalStyle = postgres",
          "SET LOCAL bytea_output = hex");

  private static final String SAVEPOINT = "driftgate_read";

  private final Connection connection;
  private final boolean autoCommit;
  private final int isolation;
  private final boolean nested;

  private ReadTransaction(Connection connection) throws SQLException {
    this.connection = connection;
    this.autoCommit = connection.getAutoCommit();
    this.isolation = connection.getTransactionIsolation();
    this.nested = inTransaction(connection);
    if (nested) {
      try (Statement s = connection.createStatement()) {
        s.execute("SAVEPOINT " + SAVEPOINT);
      }
    } else {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    }
  }

  /**
   * Whether the connection is inside a transaction that has begun (not merely out of autocommit).
   */
  static boolean inTransaction(Connection c) throws SQLException {
    return c.unwrap(org.postgresql.core.BaseConnection.class).getTransactionState()
        != org.postgresql.core.TransactionState.IDLE;
  }

  static ReadTransaction begin(Connection connection) throws SQLException {
    ReadTransaction t = new ReadTransaction(connection);
    pin(connection);
    return t;
  }

  /** Pins the settings of driftgate's reads for the rest of the current transaction. */
  static void pin(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String sql : PINNED) {
        s.execute(sql);
      }
    }
  }

  @Override
  public void close() throws SQLException {
    if (nested) {
      try (Statement s = connection.createStatement()) {
        s.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
        s.execute("RELEASE SAVEPOINT " + SAVEPOINT);
      }
      return;
    }
    connection.rollback();
    connection.setTransactionIsolation(isolation);
    connection.setAutoCommit(autoCommit);
  }
}
