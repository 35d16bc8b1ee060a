package dev.driftgate.postgres;

import dev.driftgate.config.Settings.Endpoint;
import dev.driftgate.config.Settings.Tls;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.ErrorCode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * Opens connections to the databases the settings name. The URL never carries a password (it goes
 * in a connection property), and a failure becomes a one-line error that says which setting to
 * check: a refused login or a missing database is bad input (exit 2), an unreachable server an
 * infrastructure failure (exit 3).
 */
public final class Connector {
  private final Tls tls;
  private final Duration connectTimeout;

  /**
   * A connector with the settings' TLS mode; {@code connectTimeout} ({@code DB_POOL_TIMEOUT})
   * bounds the TCP connect, the whole login and, by default, every read ({@link ReadTimeout}).
   */
  public Connector(Tls tls, Duration connectTimeout) {
    ScramKeyMemo.install();
    this.tls = tls;
    this.connectTimeout = connectTimeout;
  }

  /** The JDBC URL of an endpoint: host, port, database and TLS mode, never the password. */
  public String url(Endpoint endpoint) {
    return "jdbc:postgresql://"
        + endpoint.host()
        + ":"
        + endpoint.port()
        + "/"
        + endpoint.name()
        + "?sslmode="
        + tls.mode();
  }

  /**
   * Connects; {@code settings} names the variables that configure this endpoint (e.g. {@code
   * DB_*}), for the error message.
   */
  public Connection open(Endpoint endpoint, String settings) {
    return open(endpoint, settings, new Properties());
  }

  /**
   * Connects a session that cannot write: read-only at the connection and as the server-side
   * default of every transaction, with {@code sessionOptions} (e.g. {@code -c
   * statement_timeout=30000}) set at login, before any statement runs. For databases driftgate only
   * reads ({@code audit}).
   */
  public Connection openReadOnly(Endpoint endpoint, String settings, String sessionOptions) {
    Properties props = new Properties();
    props.setProperty("readOnly", "true");
    props.setProperty("readOnlyMode", "always");
    props.setProperty("options", "-c default_transaction_read_only=on " + sessionOptions);
    return open(endpoint, settings, props);
  }

  private Connection open(Endpoint endpoint, String settings, Properties props) {
    props.setProperty("user", endpoint.credentials().user());
    if (endpoint.credentials().password().isSet()) {
      props.setProperty("password", endpoint.credentials().password().reveal());
    }
    props.setProperty("ApplicationName", "driftgate");
    bound(props, connectTimeout, true);
    try {
      return DriverManager.getConnection(url(endpoint), props);
    } catch (SQLException e) {
      throw failure(endpoint, settings, e);
    }
  }

  /**
   * Bounds the waits of a connection by {@code timeout}: the TCP connect and, since a server that
   * accepts and then says nothing is not bounded by that, the whole login ({@code loginTimeout})
   * and, with {@code reads}, each read ({@code socketTimeout}, see {@link ReadTimeout}). A value
   * the user's JDBC URL already sets is kept.
   */
  static void bound(Properties props, Duration timeout, boolean reads) {
    String seconds = String.valueOf(Math.max(1, timeout.toSeconds()));
    props.putIfAbsent("connectTimeout", seconds);
    props.putIfAbsent("loginTimeout", seconds);
    if (reads) {
      props.putIfAbsent("socketTimeout", seconds);
    }
    props.putIfAbsent("tcpKeepAlive", "true");
  }

  /** The one-line reason for a failure on a connection this connector opened. */
  public String describe(SQLException e) {
    return ReadTimeout.expired(e) ? ReadTimeout.describe(connectTimeout) : Messages.oneLine(e);
  }

  private DriftgateException failure(Endpoint endpoint, String settings, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String reason = Redaction.scrub(Messages.oneLine(e), endpoint.credentials().password());
    String where = endpoint.toString();
    boolean noPassword = !endpoint.credentials().password().isSet();
    if (noPassword && (state.startsWith("28") || state.equals("08004"))) {
      return new DriftgateException(
          ErrorCode.BAD_INPUT,
          where
              + ": the server asks for a password and none is set; set "
              + settings.replace("*", "PASSWORD"),
          e);
    }
    if (state.startsWith("28")) {
      return new DriftgateException(
          ErrorCode.BAD_INPUT,
          where + ": login refused (" + reason + "); check " + settings + " user and password",
          e);
    }
    if (state.equals("3D000")) {
      return new DriftgateException(
          ErrorCode.BAD_INPUT,
          where
              + ": database does not exist; create it with 'driftgate init-db' or fix "
              + settings,
          e);
    }
    if (ReadTimeout.expired(e)) {
      return DriftgateException.infrastructure(
          where
              + ": "
              + ReadTimeout.describe(connectTimeout)
              + "; is PostgreSQL running there and reachable? check "
              + settings,
          e);
    }
    return DriftgateException.infrastructure(
        where + ": cannot connect (" + reason + "); is PostgreSQL running? check " + settings, e);
  }
}
