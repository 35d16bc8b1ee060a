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

  /**
   * Opens a connection to a database as another role of the server (one the run created, whose
   * password it chose); {@code password} may be null where the server trusts local connections.
   */
  Connection connectAs(String database, String user, String password) throws SQLException;

  /** A JDBC URL for the database, never carrying a password. */
  String jdbcUrl(String database);

  /**
   * The name of a template database this server was started with, ready to clone from; empty if the
   * run must prepare its own.
   */
  default java.util.Optional<String> preparedTemplate() {
    return java.util.Optional.empty();
  }

  /**
   * A database that is already a copy of {@code template}, which the caller now owns; empty if the
   * server keeps none left (then the caller clones).
   */
  default java.util.Optional<String> takeReadyCopy(String template) {
    return java.util.Optional.empty();
  }

  /**
   * Whether closing this server discards every database in it, so that a run need not drop its
   * scratch databases one by one. True for a server the run started; false for a shared or external
   * one.
   */
  default boolean disposable() {
    return false;
  }

  /**
   * Where the cluster is kept when databases outlive the run (an embedded server on a kept cluster,
   * where the replay-state cache keeps its databases); empty for every other server.
   */
  default java.util.Optional<java.nio.file.Path> keptDirectory() {
    return java.util.Optional.empty();
  }

  @Override
  void close();
}
