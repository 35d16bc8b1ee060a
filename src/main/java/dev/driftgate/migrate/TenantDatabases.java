package dev.driftgate.migrate;

import dev.driftgate.config.DatabaseNames;
import dev.driftgate.config.Tenancy;
import dev.driftgate.error.DriftgateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Which databases may be a tenant's. The tenants table decides where tenant migrations go, and
 * whoever can write one row of it could otherwise point them at the master database, at {@code
 * postgres}, or at {@code template1}, whose contents every later {@code CREATE DATABASE} copies. So
 * a tenant's database is never a system or template database, never the master database, and is
 * named {@code <database_prefix><slug>} unless the manifest's {@code tenancy: database_pattern:}
 * allows other names.
 */
public final class TenantDatabases {
  private static final String TEMPLATE =
      "SELECT datistemplate FROM pg_catalog.pg_database WHERE datname = ?";

  private TenantDatabases() {}

  /** Why a tenants-table row may not point {@code slug} at {@code database}, or null. */
  static String refusal(Tenancy tenancy, String master, String slug, String database) {
    String reason = reserved(database, master);
    if (reason == null && !tenancy.allows(slug, database)) {
      reason =
          "it is not "
              + tenancy.expectedDatabase(slug)
              + (tenancy.databasePattern() == null
                  ? " (tenancy: database_pattern: in the manifest allows other names)"
                  : "");
    }
    return reason == null ? null : "database " + database + " refused: " + reason;
  }

  /**
   * Refuses the database {@code init-db --tenant SLUG} would create, initialise and register when
   * it is a system database or the master's, or one the registry would then refuse (bad input).
   */
  public static void checkNew(Tenancy tenancy, String master, String slug, String database) {
    String reason = reserved(database, master);
    if (reason == null && !tenancy.allows(slug, database)) {
      reason = "tenancy: database_pattern " + tenancy.databasePattern() + " does not allow it";
    }
    if (reason != null) {
      throw DriftgateException.badInput(
          "--tenant "
              + slug
              + ": database "
              + database
              + " cannot be a tenant's: "
              + reason
              + "; choose another slug");
    }
  }

  /**
   * Why {@code database} on the server {@code c} is connected to cannot be a tenant's: it is a
   * template ({@code pg_database.datistemplate}); empty if it can (also if it does not exist yet).
   */
  public static Optional<String> onServer(Connection c, String database) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(TEMPLATE)) {
      ps.setString(1, database);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1)
            ? Optional.of(
                "database "
                    + database
                    + " refused: it is a template database (pg_database.datistemplate), copied"
                    + " into every database created from it")
            : Optional.empty();
      }
    }
  }

  private static String reserved(String database, String master) {
    if (DatabaseNames.SYSTEM.contains(database)) {
      return "it is a system database";
    }
    if (database.equals(master)) {
      return "it is the master database";
    }
    return null;
  }
}
