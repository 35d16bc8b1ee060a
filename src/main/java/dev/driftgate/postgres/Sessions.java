package dev.driftgate.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * The sessions of one database, handed out as {@code psql -f} hands them out: every script file
 * (and every probe, and driftgate's own reads) gets a session that starts from the server's
 * defaults, so nothing one file sets ({@code search_path}, {@code standard_conforming_strings}, a
 * role, temporary objects, prepared statements, an open transaction) reaches the next.
 *
 * <p>A new connection costs 11-13 ms on the embedded server, {@code DISCARD ALL} 0.2 ms; a
 * 100-migration replay asks for 300 sessions. So one connection is reused and reset: an open
 * transaction is rolled back, then {@code DISCARD ALL} (which is {@code SET SESSION AUTHORIZATION
 * DEFAULT}, {@code RESET ALL}, {@code DEALLOCATE ALL}, {@code CLOSE ALL}, {@code UNLISTEN *}, the
 * advisory locks released, temporary objects dropped). Two things a reset cannot undo make it
 * reconnect instead: a broken connection (a script that terminated its own backend), and defaults
 * changed by {@code ALTER DATABASE|ROLE ... SET}, which only a new session picks up.
 */
public final class Sessions implements AutoCloseable {
  /** The per-database and per-role defaults a new session starts with. */
  private static final String ROLE_SETTINGS =
      "SELECT coalesce(string_agg(concat(setdatabase, '/', setrole, '/', setconfig::text), ';'"
          + " ORDER BY setdatabase, setrole), '') FROM pg_catalog.pg_db_role_setting";

  /** Opens a new connection to the database, as the role its scripts run as. */
  @FunctionalInterface
  public interface Opener {
    Connection open() throws SQLException;
  }

  /**
   * What {@code DISCARD ALL} does, in the statements of it that may run inside a transaction block:
   * a trial's sessions are reset this way, and its transaction stays open.
   */
  private static final String DISCARD_IN_TRANSACTION =
      "CLOSE ALL; SET SESSION AUTHORIZATION DEFAULT; RESET ALL; DEALLOCATE ALL; UNLISTEN *;"
          + " SELECT pg_catalog.pg_advisory_unlock_all(); DISCARD PLANS; DISCARD TEMP;"
          + " DISCARD SEQUENCES";

  private final Opener opener;
  private final boolean trial;
  private Connection connection;
  private String roleSettings;
  private boolean used;

  /** The sessions of the database {@code opener} connects to. */
  public Sessions(Opener opener) {
    this(opener, false);
  }

  private Sessions(Opener opener, boolean trial) {
    this.opener = opener;
    this.trial = trial;
  }

  /**
   * The sessions of a trial (see {@code MigrationRunner.trial}): one connection in one transaction
   * that is never committed and is rolled back when they close. Each session is that connection,
   * reset as a new session would be; where only a new session would do (defaults changed by {@code
   * ALTER DATABASE|ROLE ... SET}, a broken connection), {@link #fresh} fails instead.
   */
  public static Sessions trial(Opener opener) {
    return new Sessions(opener, true);
  }

  /**
   * A trial that cannot go on without committing, or whose transaction a statement ended (what it
   * did before may then be committed).
   */
  public static final class TrialEnded extends SQLException {
    public TrialEnded(String reason) {
      super(reason);
    }
  }

  /** A connection in a new session's state, in autocommit mode (in a trial: in its transaction). */
  public Connection fresh() throws SQLException {
    if (trial) {
      return freshInTrial();
    }
    if (connection != null && used && !reset()) {
      closeQuietly();
    }
    if (connection == null) {
      connection = opener.open();
      roleSettings = roleSettings(connection);
    }
    used = true;
    return connection;
  }

  private Connection freshInTrial() throws SQLException {
    if (connection == null) {
      connection = opener.open();
      roleSettings = roleSettings(connection);
      connection.setAutoCommit(false);
      try (Statement s = connection.createStatement()) {
        s.execute("SELECT 1"); // begins the transaction everything after runs in
      }
    } else if (used) {
      TransactionState state = state(connection);
      if (state == TransactionState.IDLE) {
        throw new TrialEnded("the trial's transaction is no longer open");
      }
      if (state == TransactionState.FAILED) {
        throw new SQLException("the trial's transaction failed");
      }
      try (Statement s = connection.createStatement()) {
        s.execute(DISCARD_IN_TRANSACTION);
      }
      if (!roleSettings.equals(roleSettings(connection))) {
        throw new SQLException("a script changed the defaults a new session starts with");
      }
    }
    used = true;
    return connection;
  }

  /**
   * Whether a connection is inside a transaction that has begun (open or failed), as the server
   * last said; not merely out of autocommit.
   */
  public static boolean inTransaction(Connection c) throws SQLException {
    return state(c) != TransactionState.IDLE;
  }

  private static TransactionState state(Connection c) throws SQLException {
    return c.unwrap(BaseConnection.class).getTransactionState();
  }

  private boolean reset() {
    try {
      if (connection.isClosed()) {
        return false;
      }
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      try (Statement s = connection.createStatement()) {
        if (inTransaction(connection)) {
          s.execute("ROLLBACK"); // a script's own BEGIN without COMMIT: psql's session ends it so
        }
        s.execute("DISCARD ALL");
      }
      return roleSettings.equals(roleSettings(connection));
    } catch (SQLException e) {
      return false; // the script broke its session; a new one is what psql would give the next
    }
  }

  private static String roleSettings(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery(ROLE_SETTINGS)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private void closeQuietly() {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // a connection that cannot be closed cleanly is gone all the same
    }
    connection = null;
  }

  @Override
  public void close() {
    if (connection != null && trial) {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        // a connection that broke took its transaction with it
      }
    }
    if (connection != null) {
      closeQuietly();
    }
  }
}
