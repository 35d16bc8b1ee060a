package dev.driftgate.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The repeatable-read transaction a catalog read runs in, rolled back at the end and the
 * connection's settings restored.
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

  private final Connection connection;
  private final boolean autoCommit;
  private final int isolation;

  private ReadTransaction(Connection connection) throws SQLException {
    this.connection = connection;
    this.autoCommit = connection.getAutoCommit();
    this.isolation = connection.getTransactionIsolation();
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
  }

  static ReadTransaction begin(Connection connection) throws SQLException {
    ReadTransaction t = new ReadTransaction(connection);
    t.execute(NO_NESTED_LOOPS);
    t.execute(NO_JIT);
    return t;
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.rollback();
    connection.setTransactionIsolation(isolation);
    connection.setAutoCommit(autoCommit);
  }
}
