package dev.driftgate.postgres;

import dev.driftgate.config.SettingsReader;
import dev.driftgate.error.DriftgateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * A server driftgate did not start: reached through a JDBC URL, where it may only create and drop
 * its own scratch databases (their names carry the run's unique prefix) and never touches others.
 * The password is kept apart from the URL so that no printed URL ever carries it. Every connection
 * is bounded by {@code DB_POOL_TIMEOUT} (default 30 s) as the runner's are ({@link Connector}): the
 * connect and the login always, each read where driftgate only reads (the first connection, a live
 * database); the project's scripts are bounded by the run's own limits instead.
 */
public final class ExternalServer implements PostgresServer {
  private final String host;
  private final String port;
  private final Properties credentials;
  private final ServerInfo info;
  private final Duration timeout;

  private ExternalServer(
      String host, String port, Properties credentials, String version, Duration timeout) {
    this.host = host;
    this.port = port;
    this.credentials = credentials;
    this.info = new ServerInfo("external", version);
    this.timeout = timeout;
  }

  /**
   * Connects to the server of {@code jdbcUrl}; a password missing from the URL comes from {@code
   * password} (DB_PASSWORD).
   */
  public static ExternalServer connect(String jdbcUrl, String password) {
    Properties parsed = Driver.parseURL(jdbcUrl, null);
    if (parsed == null) {
      throw DriftgateException.badInput(
          "--jdbc-url must look like jdbc:postgresql://host:port/database?user=name");
    }
    Properties credentials = new Properties();
    for (String key : parsed.stringPropertyNames()) {
      if (!key.startsWith("PG")) {
        credentials.setProperty(key, parsed.getProperty(key));
      }
    }
    if (credentials.getProperty("password") == null && password != null && !password.isEmpty()) {
      credentials.setProperty("password", password);
    }
    String host = parsed.getProperty("PGHOST", "localhost").split(",")[0];
    String port = parsed.getProperty("PGPORT", "5432").split(",")[0];
    Duration timeout = SettingsReader.poolTimeout(System.getenv());
    ExternalServer server = new ExternalServer(host, port, credentials, null, timeout);
    String database = parsed.getProperty("PGDBNAME", "postgres");
    try (Connection c = server.open(database, new Properties(), true)) {
      return new ExternalServer(
          host, port, credentials, c.getMetaData().getDatabaseProductVersion(), timeout);
    } catch (SQLException e) {
      String reason = ReadTimeout.expired(e) ? ReadTimeout.describe(timeout) : Messages.oneLine(e);
      throw DriftgateException.infrastructure(
          "cannot reach PostgreSQL at " + host + ":" + port + "/" + database + ": " + reason, e);
    }
  }

  /** A connection with the credentials and {@code extra}, bounded by the pool timeout. */
  private Connection open(String database, Properties extra, boolean reads) throws SQLException {
    Properties props = new Properties();
    props.putAll(credentials);
    props.putAll(extra);
    if (extra.containsKey("user") && !extra.containsKey("password")) {
      props.remove("password");
    }
    Connector.bound(props, timeout, reads);
    return DriverManager.getConnection(jdbcUrl(database), props);
  }

  /**
   * Opens a connection to one database that cannot write: read-only at the connection and as the
   * session's default, so that even a statement that slipped through would be refused by the
   * server. For live databases (production) that driftgate only reads.
   */
  public Connection connectReadOnly(String database) throws SQLException {
    Properties props = new Properties();
    props.setProperty("readOnly", "true");
    props.setProperty("readOnlyMode", "always");
    props.setProperty("options", "-c default_transaction_read_only=on");
    props.setProperty("ApplicationName", "driftgate (read-only)");
    return open(database, props, true);
  }

  /** A JDBC URL fit to print: its password, if it carries one, masked. */
  public static String redact(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  @Override
  public ServerInfo info() {
    return info;
  }

  @Override
  public Connection connect(String database) throws SQLException {
    return open(database, new Properties(), false);
  }

  @Override
  public Connection connectAs(String database, String user, String password) throws SQLException {
    return open(database, Logins.as(user, password), false);
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  /** Nothing to stop: the server is not ours. Scratch databases are dropped by their owner. */
  @Override
  public void close() {}
}
