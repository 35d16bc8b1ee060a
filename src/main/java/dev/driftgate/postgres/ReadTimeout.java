package dev.driftgate.postgres;

import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * How long a runner connection waits for the server's answer. A server that accepts connections but
 * never answers (hung, stopped VM, a firewall that drops packets) would otherwise hold a read
 * forever: PostgreSQL's own timeouts cannot fire on a server that does not run. So every read gives
 * up after {@code DB_POOL_TIMEOUT} (pgJDBC's {@code socketTimeout}), which is plenty for the
 * runner's own queries (ledger, lock, tenants table). Two waits are the user's to bound and may
 * last longer: the migration lock ({@code --lock-timeout}) and migration statements ({@code
 * --statement-timeout}). While they run, the read timeout is the user's limit plus the usual one
 * (time for the server to say it cancelled), and with no limit (0, the default) there is none: a
 * socket timeout under a long {@code CREATE INDEX} would break the connection mid-migration, which
 * is worse than waiting. Set {@code --statement-timeout} to bound those reads too.
 */
public final class ReadTimeout {
  /** Work on a connection. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run() throws SQLException;
  }

  private ReadTimeout() {}

  /**
   * Runs {@code work} with the read timeout fitted to a server-side {@code limit} (zero: none),
   * then restores it. A connection without a read timeout (the scratch servers of verify) keeps
   * none.
   */
  public static <T> T during(Connection c, Duration limit, SqlWork<T> work) throws SQLException {
    int usual = c.getNetworkTimeout();
    if (usual == 0) {
      return work.run();
    }
    boolean unbounded = limit == null || limit.isZero();
    c.setNetworkTimeout(
        Runnable::run, unbounded ? 0 : (int) Math.min(Integer.MAX_VALUE, limit.toMillis() + usual));
    try {
      return work.run();
    } finally {
      if (!c.isClosed()) {
        c.setNetworkTimeout(Runnable::run, usual);
      }
    }
  }

  /** Whether {@code e} is a wait for the server that ran out (at login or on a read). */
  public static boolean expired(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SocketTimeoutException
          || String.valueOf(t.getMessage()).contains("Connection attempt timed out")) {
        return true;
      }
    }
    return false;
  }

  /** The one-line reason for an expired wait. */
  public static String describe(Duration timeout) {
    return "no answer within " + timeout.toSeconds() + " s (DB_POOL_TIMEOUT)";
  }
}
