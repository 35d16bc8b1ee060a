package dev.driftgate.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A running PostgreSQL server the run may create databases in. Implementations own the server's
 * lifetime when they started it; {@link #close()} stops what they started and nothing else.
 */
public interface PostgresServer extends AutoCloseable {

  /** The mode and the server's version, for reports. */
  ServerInfo info();

  /** Opens a connection to a database with rights to create and drop databases. */
  Connection connect(String database) throws SQLException;

  /** A JDBC URL for the database, never carrying a password. */
  String jdbcUrl(String database);

  /**
   * Whether closing this server discards every database in it, so that a run need not drop its
   * scratch databases one by one. True for a server the run started; false for a shared or external
   * one.
   */
  default boolean disposable() {
    return false;
  }

  @Override
  void close();
}
