package dev.driftgate.postgres;

import dev.driftgate.error.DriftgateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creating databases on a server, through a connection to its maintenance database. Names come in
 * validated ({@code config.DatabaseNames}) and are quoted all the same.
 */
public final class DatabaseAdmin {
  private DatabaseAdmin() {}

  /**
   * Creates {@code database} as a copy of {@code template} (null: an empty database, from {@code
   * template0}); the template must have no open connections.
   */
  static void createCopy(Connection maintenance, String database, String template)
      throws SQLException {
    createCopy(maintenance, database, template, false);
  }

  /**
   * As above; {@code fileCopy} copies the template's files instead of writing every block to the
   * WAL (PostgreSQL 15's default, WAL_LOG), on servers from 15 on. A file copy costs two
   * checkpoints, cheap where durability is off (a kept cluster) and much cheaper than logging a
   * database of a thousand tables block by block; on a server of others a checkpoint is not ours to
   * force.
   */
  static void createCopy(Connection maintenance, String database, String template, boolean fileCopy)
      throws SQLException {
    boolean strategy =
        fileCopy && template != null && maintenance.getMetaData().getDatabaseMajorVersion() >= 15;
    try (Statement s = maintenance.createStatement()) {
      s.execute(
          "CREATE DATABASE "
              + Identifiers.quote(database)
              + " TEMPLATE "
              + (template == null ? "template0" : Identifiers.quote(template))
              + (strategy ? " STRATEGY FILE_COPY" : ""));
    }
  }

  /** Drops a database, ending its sessions ({@code WITH (FORCE)}); a missing one is no error. */
  static void drop(Connection maintenance, String database) throws SQLException {
    try (Statement s = maintenance.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(database) + " WITH (FORCE)");
    }
  }

  public static boolean exists(Connection maintenance, String database) {
    try (PreparedStatement ps =
        maintenance.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      ps.setString(1, database);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw DriftgateException.infrastructure("cannot list databases: " + Messages.oneLine(e), e);
    }
  }

  /**
   * Creates the database unless it exists; returns whether it created it. A concurrent creator
   * winning the race counts as "exists".
   */
  public static boolean createIfMissing(Connection maintenance, String database) {
    if (exists(maintenance, database)) {
      return false;
    }
    try (Statement s = maintenance.createStatement()) {
      s.execute("CREATE DATABASE " + Identifiers.quote(database));
      return true;
    } catch (SQLException e) {
      if ("42P04".equals(e.getSQLState()) || exists(maintenance, database)) {
        return false;
      }
      throw new DriftgateException(
          dev.driftgate.error.ErrorCode.BAD_INPUT,
          "cannot create database "
              + database
              + ": "
              + Messages.oneLine(e)
              + "; the PG_ADMIN_USER (or DB_USER) role needs CREATEDB",
          e);
    }
  }

  /**
   * Takes back every session default of {@code role} ({@code ALTER ROLE ... [IN DATABASE ...]
   * SET}), as a superuser or as the role itself.
   */
  public static void resetRoleDefaults(Connection c, String role) throws SQLException {
    List<String> resets = new ArrayList<>();
    try (java.sql.PreparedStatement q =
        c.prepareStatement(
            "SELECT d.datname FROM pg_catalog.pg_db_role_setting x"
                + " JOIN pg_catalog.pg_roles r ON r.oid = x.setrole"
                + " LEFT JOIN pg_catalog.pg_database d ON d.oid = x.setdatabase"
                + " WHERE r.rolname = ?")) {
      q.setString(1, role);
      try (java.sql.ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          String database = rs.getString(1);
          resets.add(
              "ALTER ROLE "
                  + Identifiers.quote(role)
                  + (database == null ? "" : " IN DATABASE " + Identifiers.quote(database))
                  + " RESET ALL");
        }
      }
    }
    try (java.sql.Statement s = c.createStatement()) {
      for (String reset : resets) {
        s.execute(reset);
      }
    }
  }
}
