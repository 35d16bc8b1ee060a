package dev.driftgate.postgres;

import dev.driftgate.error.DriftgateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL in a container (Testcontainers, the official {@code postgres} image of the pinned
 * release), with the same scratch settings as the embedded server. The container is removed when
 * the server closes.
 */
public final class ContainerServer implements PostgresServer {
  private final PostgreSQLContainer container;
  private final ServerInfo info;

  private ContainerServer(PostgreSQLContainer container, String version) {
    this.container = container;
    this.info = new ServerInfo("container", version);
  }

  /** Whether a Docker engine answers; asked only when a socket or DOCKER_HOST suggests one. */
  public static boolean dockerAnswers() {
    boolean hinted =
        System.getenv("DOCKER_HOST") != null
            || java.nio.file.Files.exists(java.nio.file.Paths.get("/var/run/docker.sock"))
            || java.nio.file.Files.exists(
                java.nio.file.Paths.get(
                    System.getProperty("user.home"), ".docker", "run", "docker.sock"));
    try {
      return hinted && DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  public static ContainerServer start(PostgresVersion version) {
    if (!dockerAnswers()) {
      throw DriftgateException.infrastructure(
          "--postgres container needs a Docker engine, and none answers (DOCKER_HOST unset, no"
              + " /var/run/docker.sock); use --postgres embedded",
          null);
    }
    PostgreSQLContainer container =
        new PostgreSQLContainer(
                DockerImageName.parse(version.image()).asCompatibleSubstituteFor("postgres"))
            .withPassword(UUID.randomUUID().toString())
            .withCommand(
                "postgres",
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "autovacuum=off",
                "-c",
                "max_locks_per_transaction=512",
                "-c",
                "max_connections=200");
    try {
      container.start();
    } catch (RuntimeException e) {
      container.close();
      throw DriftgateException.infrastructure(
          "could not start the container " + version.image() + ": " + Messages.oneLine(e), e);
    }
    ContainerServer server = new ContainerServer(container, null);
    try (Connection c = server.connect("postgres")) {
      return new ContainerServer(container, c.getMetaData().getDatabaseProductVersion());
    } catch (SQLException e) {
      container.close();
      throw DriftgateException.infrastructure(
          "the container does not accept connections: " + e.getMessage(), e);
    }
  }

  @Override
  public ServerInfo info() {
    return info;
  }

  @Override
  public Connection connect(String database) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", container.getUsername());
    props.setProperty("password", container.getPassword());
    return DriverManager.getConnection(jdbcUrl(database), props);
  }

  @Override
  public Connection connectAs(String database, String user, String password) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), Logins.as(user, password));
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://"
        + container.getHost()
        + ":"
        + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT)
        + "/"
        + database;
  }

  @Override
  public boolean disposable() {
    return true;
  }

  @Override
  public void close() {
    container.close();
  }
}
