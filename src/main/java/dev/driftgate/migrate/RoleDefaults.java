package dev.driftgate.migrate;

import dev.driftgate.postgres.DatabaseAdmin;
import dev.driftgate.sqlscript.Statement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The session defaults of the role a scratch build runs as ({@code ALTER ROLE CURRENT_USER SET
 * search_path = ...}, also from a {@code DO} block or a function). A script may give them, and
 * PostgreSQL lets any role change its own, but every later session of the role takes them: the
 * other builds of the run and, on a kept cluster, the next run. So a change is that script's
 * failure (SPEC §7: what a migration does to its own role is its failure), undone, never carried
 * further.
 */
final class RoleDefaults {
  // qualified throughout: the script's session may have put a schema of its own before pg_catalog
  private static final String SQL =
      "SELECT coalesce(pg_catalog.string_agg(pg_catalog.concat_ws(':', s.setdatabase,"
          + " pg_catalog.array_to_string(s.setconfig, ',')), ';' ORDER BY s.setdatabase), '')"
          + " FROM pg_catalog.pg_db_role_setting s JOIN pg_catalog.pg_roles r"
          + " ON r.oid OPERATOR(pg_catalog.=) s.setrole"
          + " WHERE r.rolname OPERATOR(pg_catalog.=) session_user";
  private static final Pattern ALTER_ROLE =
      Pattern.compile("(?is)\\bALTER\\s+(?:ROLE|USER)\\b.*\\b(?:SET|RESET)\\b");

  private RoleDefaults() {}

  /** The role's defaults now, as one comparable text. */
  static String of(Connection c) throws SQLException {
    try (java.sql.Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SQL)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * The failure of {@code statements} if they changed the role's defaults from {@code before}: at
   * the statement that says {@code ALTER ROLE ... SET}, else at the last one (a function did it).
   */
  static Optional<SqlFailure> changed(Connection c, String before, List<Statement> statements)
      throws SQLException {
    if (before.equals(of(c)) || statements.isEmpty()) {
      return Optional.empty();
    }
    Statement at =
        statements.stream()
            .filter(s -> ALTER_ROLE.matcher(s.sql()).find())
            .findFirst()
            .orElse(statements.get(statements.size() - 1));
    return Optional.of(
        new SqlFailure(
            at.location(),
            "42501",
            "changes the session defaults of the role that runs the scripts (ALTER ROLE ... SET):"
                + " every later session would take them; set them for the database (ALTER DATABASE"
                + " ... SET) or in the script's own session (SET)"));
  }

  /** Takes back what a script that ran outside a transaction gave the role. */
  static void reset(Connection c) throws SQLException {
    try (java.sql.Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT session_user")) {
      rs.next();
      DatabaseAdmin.resetRoleDefaults(c, rs.getString(1));
    }
  }
}
