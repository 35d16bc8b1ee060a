package dev.driftgate.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A database every run clones its scratch databases from, prepared once: an embedded server keeps
 * it in the cached cluster of its version, so runs find it ready instead of preparing it each time.
 *
 * @param name the database's name
 * @param version changes whenever {@code setup} does, so that an outdated cached cluster is not
 *     used
 * @param copies how many ready clones of it the cluster keeps too ({@code name_1}, ...): a run
 *     takes those instead of cloning, which saves a {@code CREATE DATABASE} per scratch database
 */
public record ClusterTemplate(String name, String version, int copies, Setup setup) {

  /** Prepares the template database through a connection to it. */
  @FunctionalInterface
  public interface Setup {
    void prepare(Connection connection) throws SQLException;
  }

  /** Identifies the cluster content this template asks for. */
  public String key() {
    return version + "x" + copies;
  }

  public List<String> copyNames() {
    return IntStream.rangeClosed(1, copies).mapToObj(i -> name + "_" + i).toList();
  }
}
