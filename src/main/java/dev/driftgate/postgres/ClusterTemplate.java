package dev.driftgate.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A database every run clones its scratch databases from, prepared once: an embedded server keeps
 * it in the cached cluster of its version, so runs find it ready instead of preparing it each time.
 *
 * @param name the database's name
 * @param version changes whenever {@code setup} does, so that an outdated cached cluster is not
 *     used
 */
public record ClusterTemplate(String name, String version, Setup setup) {

  /** Prepares the template database through a connection to it. */
  @FunctionalInterface
  public interface Setup {
    void prepare(Connection connection) throws SQLException;
  }
}
