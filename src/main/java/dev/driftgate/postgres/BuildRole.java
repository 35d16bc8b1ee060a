package dev.driftgate.postgres;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * The role a run builds its scratch databases as (SPEC §7: migrations are untrusted input). It is
 * no superuser, cannot create roles, replicate or bypass row security; it may create databases (a
 * script's own {@code CREATE DATABASE}) and owns every scratch database of the run, so that DDL
 * runs as in a project's own database while PostgreSQL itself refuses {@code COPY ... PROGRAM},
 * server file access, untrusted languages, {@code ALTER SYSTEM} and superuser-only functions.
 * Created for the run with a random password (set as a SCRAM verifier computed here, so the server
 * never sees it in a statement it could log), dropped with the run.
 */
final class BuildRole {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String name;
  private final String password;

  private BuildRole(String name, String password) {
    this.name = name;
    this.password = password;
  }

  static BuildRole create(Connection admin, String name) throws SQLException {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    boolean kept = exists(admin, name);
    try (Statement s = admin.createStatement()) {
      // a kept cluster keeps the role with the states it owns objects in; each run gives it a new
      // password, and none of the session defaults an earlier run's script may have given it
      s.execute(
          (kept ? "ALTER ROLE " : "CREATE ROLE ")
              + Identifiers.quote(name)
              + " LOGIN NOSUPERUSER CREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
      if (kept) {
        DatabaseAdmin.resetRoleDefaults(admin, name);
      }
    }
    ScramSecret.set(admin, name, password.toCharArray());
    return new BuildRole(name, password);
  }

  private static boolean exists(Connection admin, String name) throws SQLException {
    try (java.sql.PreparedStatement q =
        admin.prepareStatement("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?")) {
      q.setString(1, name);
      try (java.sql.ResultSet rs = q.executeQuery()) {
        return rs.next();
      }
    }
  }

  String name() {
    return name;
  }

  Connection connect(PostgresServer server, String database) throws SQLException {
    return server.connectAs(database, name, password);
  }

  /** Hands a database the run created over to the role. */
  void own(Connection admin, String database) throws SQLException {
    try (Statement s = admin.createStatement()) {
      s.execute(
          "ALTER DATABASE " + Identifiers.quote(database) + " OWNER TO " + Identifiers.quote(name));
    }
  }

  /**
   * Drops the databases the role created itself (a script's {@code CREATE DATABASE}), then the
   * role; what cannot be dropped is left, quietly, as the run's scratch databases are.
   */
  void drop(Connection admin) {
    try (Statement s = admin.createStatement();
        java.sql.PreparedStatement owned =
            admin.prepareStatement(
                "SELECT datname FROM pg_catalog.pg_database d"
                    + " JOIN pg_catalog.pg_roles r ON r.oid = d.datdba WHERE r.rolname = ?")) {
      owned.setString(1, name);
      java.util.List<String> databases = new java.util.ArrayList<>();
      try (java.sql.ResultSet rs = owned.executeQuery()) {
        while (rs.next()) {
          databases.add(rs.getString(1));
        }
      }
      for (String database : databases) {
        DatabaseAdmin.drop(admin, database);
      }
      s.execute("DROP ROLE IF EXISTS " + Identifiers.quote(name));
    } catch (SQLException e) {
      // like a scratch database that cannot be dropped: the run's result stands
    }
  }
}
