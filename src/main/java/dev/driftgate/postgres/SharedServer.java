package dev.driftgate.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A server shared by many runs (a test suite's one PostgreSQL): runs may close it as they close any
 * server, and it stays up; its owner stops it with {@link #shutdown()}.
 */
public final class SharedServer implements PostgresServer {
  private final PostgresServer server;

  public SharedServer(PostgresServer server) {
    this.server = server;
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
  public String jdbcUrl(String database) {
    return server.jdbcUrl(database);
  }

  /** Does nothing: the server outlives the run that used it. */
  @Override
  public void close() {}

  /** Stops the server. */
  public void shutdown() {
    server.close();
  }
}
