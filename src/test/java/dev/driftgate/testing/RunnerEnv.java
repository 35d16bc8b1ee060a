package dev.driftgate.testing;

import dev.driftgate.postgres.Identifiers;
import dev.driftgate.postgres.SharedServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment of a runner test: the shared test server in {@code DB_*} variables and database
 * names unique to the test, so that tests never see each other's databases. {@link #close()} drops
 * every database whose name starts with the test's prefix, also those the runner created.
 */
public final class RunnerEnv implements AutoCloseable {
  private static final Pattern PORT = Pattern.compile("//[^:/]+:(\\d+)/");
  private static final Pattern PASSWORD = Pattern.compile("[?&]password=([^&]+)");

  private final SharedServer server = TestPostgres.server();
  private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 6) + "_";
  private final Map<String, String> env = new HashMap<>();

  public RunnerEnv() {
    Matcher m = PORT.matcher(server.jdbcUrl("postgres"));
    if (!m.find()) {
      throw new IllegalStateException("no port in " + server.jdbcUrl("postgres"));
    }
    env.put("DB_HOST", "localhost");
    env.put("DB_PORT", m.group(1));
    env.put("DB_USER", "postgres");
    // the embedded server asks for its run's password (no trust authentication, SPEC §7)
    Matcher password = PASSWORD.matcher(server.jdbcUrl("postgres"));
    if (password.find()) {
      env.put("DB_PASSWORD", password.group(1));
    }
    env.put("DB_NAME", name("app"));
    env.put("MASTER_DB_NAME", name("master"));
  }

  /** A database name unique to this test: the prefix plus {@code role}. */
  public String name(String role) {
    return prefix + role;
  }

  /** The prefix of every database of this test (also the tenant database prefix to configure). */
  public String prefix() {
    return prefix;
  }

  /** The environment; tests may change it. */
  public Map<String, String> env() {
    return env;
  }

  public String port() {
    return env.get("DB_PORT");
  }

  public Connection connect(String database) throws SQLException {
    return server.connect(database);
  }

  /** Runs one statement in {@code database}. */
  public void execute(String database, String sql) throws SQLException {
    try (Connection c = connect(database);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = connect("postgres");
        Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE '" + prefix + "%'")) {
      java.util.List<String> names = new java.util.ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString(1));
      }
      for (String name : names) {
        try (Statement drop = c.createStatement()) {
          drop.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(name) + " WITH (FORCE)");
        }
      }
    }
  }
}
