package dev.driftgate.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A server shared by many runs (a test suite's one PostgreSQL): runs may close it as they close any
 * server, and it stays up; its owner stops it with {@link #shutdown()}.
 */
public final class SharedServer implements PostgresServer {
  private final PostgresServer server;
  private final ScratchDatabases lasting;
  private final java.util.Map<String, String> reusable =
      new java.util.concurrent.ConcurrentHashMap<>();

  public SharedServer(PostgresServer server) {
    this.server = server;
    this.lasting = new ScratchDatabases(server);
  }

  /**
   * A database every run on this server may clone from (a template), created by {@code create} on
   * first use and kept until the server stops: runs then skip preparing their own.
   */
  public String reusable(String key, java.util.function.Function<ScratchDatabases, String> create) {
    return reusable.computeIfAbsent(key, k -> create.apply(lasting));
  }

  @Override
  public ServerInfo info() {
    return server.info();
  }

  @Override
  public Connection connect(String database) throws SQLException {
    return server.connect(database);
  }

  @Override
  public java.util.Optional<String> preparedTemplate() {
    return server.preparedTemplate();
  }

  @Override
  public java.util.Optional<String> takeReadyCopy(String template) {
    return server.takeReadyCopy(template);
  }

  @Override
  public java.util.Optional<java.nio.file.Path> keptDirectory() {
    return server.keptDirectory();
  }

  @Override
  public Connection connectAs(String database, String user, String password) throws SQLException {
    return server.connectAs(database, user, password);
  }

  @Override
  public String jdbcUrl(String database) {
    return server.jdbcUrl(database);
  }

  /** Does nothing: the server outlives the run that used it. */
  @Override
  public void close() {}

  /** Drops what it kept and stops the server. */
  public void shutdown() {
    lasting.close();
    server.close();
  }
}
