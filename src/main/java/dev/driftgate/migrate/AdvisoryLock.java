package dev.driftgate.migrate;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.ErrorCode;
import dev.driftgate.postgres.ReadTimeout;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The per-database lock every driftgate runner takes before it reads the ledger: a session-level
 * {@code pg_advisory_lock} on one fixed key, so concurrent runners on the same database apply each
 * migration once, one after the other. PostgreSQL releases it when the session ends, also when the
 * backend is killed.
 */
final class AdvisoryLock implements AutoCloseable {
  /** {@code "driftgat"} in ASCII: the one key every driftgate version uses. */
  static final long KEY = 0x6472696674676174L;

  private final Connection connection;

  private AdvisoryLock(Connection connection) {
    this.connection = connection;
  }

  /**
   * Waits for the lock at most {@code timeout} (zero or null: as long as it takes); a timeout is a
   * failure naming {@code database}.
   */
  static AdvisoryLock acquire(Connection c, Duration timeout, String database) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET lock_timeout = " + millis(timeout));
      ReadTimeout.during(c, timeout, () -> s.execute("SELECT pg_advisory_lock(" + KEY + ")"));
      s.execute("RESET lock_timeout");
    } catch (SQLException e) {
      if ("55P03".equals(e.getSQLState())) {
        throw new DriftgateException(
            ErrorCode.INFRASTRUCTURE,
            database
                + ": another driftgate run holds the migration lock (waited "
                + timeout.toMillis()
                + " ms); wait for it to finish or raise --lock-timeout",
            e);
      }
      throw e;
    }
    return new AdvisoryLock(c);
  }

  static String millis(Duration d) {
    return d == null ? "0" : "'" + d.toMillis() + "ms'";
  }

  @Override
  public void close() throws SQLException {
    if (connection.isClosed()) {
      return; // the session ended, and the lock with it
    }
    try (Statement s = connection.createStatement()) {
      s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
    }
  }
}
