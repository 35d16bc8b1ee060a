package dev.driftgate.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The record, in every database, of which migrations ran there: name, SHA-256 checksum, when, how
 * long, by whom and with which driftgate version. It lives in its own schema, which drift checks
 * never compare.
 */
public final class Ledger {
  public static final String SCHEMA = "driftgate";
  static final String TABLE = SCHEMA + ".migration_ledger";
  private static final String CREATE =
      "CREATE SCHEMA IF NOT EXISTS "
          + SCHEMA
          + ";\n"
          + "CREATE TABLE IF NOT EXISTS "
          + TABLE
          + " (\n"
          + "  name text PRIMARY KEY,\n"
          + "  checksum char(64) NOT NULL,\n"
          + "  applied_at timestamptz NOT NULL DEFAULT now(),\n"
          + "  duration_ms bigint NOT NULL,\n"
          + "  applied_by text NOT NULL DEFAULT current_user,\n"
          + "  tool_version text NOT NULL)";

  /** One row of the ledger. */
  public record Entry(
      String name,
      String checksum,
      java.time.OffsetDateTime appliedAt,
      long durationMillis,
      String appliedBy,
      String toolVersion) {}

  private Ledger() {}

  /** Creates the ledger if the database has none yet. */
  public static void ensure(Connection c) throws SQLException {
    try (java.sql.Statement s = c.createStatement()) {
      s.execute(CREATE);
    }
  }

  /** Whether the database has a ledger, even an empty one. */
  public static boolean exists(Connection c) throws SQLException {
    try (java.sql.Statement s = c.createStatement();
        ResultSet exists = s.executeQuery("SELECT to_regclass('" + TABLE + "') IS NOT NULL")) {
      exists.next();
      return exists.getBoolean(1);
    }
  }

  /** Every entry, by migration name; empty if the database has no ledger. */
  public static Map<String, Entry> read(Connection c) throws SQLException {
    return readIfPresent(c).orElseGet(LinkedHashMap::new);
  }

  /** Every entry, by migration name; nothing if the database has no ledger table. */
  public static Optional<Map<String, Entry>> readIfPresent(Connection c) throws SQLException {
    return exists(c) ? Optional.of(entries(c)) : Optional.empty();
  }

  private static Map<String, Entry> entries(Connection c) throws SQLException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (java.sql.Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT name, checksum, applied_at, duration_ms, applied_by, tool_version FROM "
                    + TABLE
                    + " ORDER BY applied_at, name")) {
      while (rs.next()) {
        entries.put(
            rs.getString(1),
            new Entry(
                rs.getString(1),
                rs.getString(2),
                rs.getObject(3, java.time.OffsetDateTime.class),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6)));
      }
    }
    return entries;
  }

  /** Records an applied migration, in the caller's transaction. */
  static void record(
      Connection c, String name, String checksum, long durationMillis, String toolVersion)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO "
                + TABLE
                + " (name, checksum, duration_ms, tool_version) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now(),"
                + " duration_ms = EXCLUDED.duration_ms, applied_by = current_user,"
                + " tool_version = EXCLUDED.tool_version")) {
      ps.setString(1, name);
      ps.setString(2, checksum);
      ps.setLong(3, durationMillis);
      ps.setString(4, toolVersion);
      ps.executeUpdate();
    }
  }

  /** Accepts a changed file's checksum ({@code --repair}): the migration stays applied. */
  static void repair(Connection c, String name, String checksum) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE " + TABLE + " SET checksum = ? WHERE name = ?")) {
      ps.setString(1, checksum);
      ps.setString(2, name);
      ps.executeUpdate();
    }
  }
}
