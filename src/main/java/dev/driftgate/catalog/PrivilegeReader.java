package dev.driftgate.catalog;

import dev.driftgate.model.Privilege;
import dev.driftgate.model.Securable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads privileges, one query per object kind, each wrapped in the one comparison with PostgreSQL's
 * built-in default that {@code privileges.sql} makes: only objects that carry an ACL are read, so a
 * schema that never grants anything costs one cheap scan per kind.
 */
final class PrivilegeReader {
  private static final List<String> KINDS =
      List.of(
          "privileges_schemas.sql",
          "privileges_types.sql",
          "privileges_relations.sql",
          "privileges_columns.sql",
          "privileges_routines.sql",
          "privileges_defaults.sql");
  private static final String MARKER = "/* objects */";

  private PrivilegeReader() {}

  static Map<String, Privilege> read(Connection c, Object schemaOids) throws SQLException {
    Map<String, Privilege> privileges = new TreeMap<>();
    String wrapper = SqlResource.text("privileges.sql");
    for (String kind : KINDS) {
      String query = wrapper.replace(MARKER, SqlResource.text(kind).strip());
      SqlResource.forEachQuery(
          c,
          query,
          List.of(schemaOids),
          rs -> {
            Privilege p = privilege(rs);
            privileges.put(p.key(), p);
          });
    }
    return privileges;
  }

  private static Privilege privilege(ResultSet rs) throws SQLException {
    Securable on =
        new Securable(
            Securable.Kind.valueOf(rs.getString("kind")),
            rs.getString("nspname"),
            rs.getString("objname"),
            rs.getString("detail"));
    return new Privilege(
        on,
        rs.getString("grantee"),
        SqlResource.strings(rs, "privileges"),
        SqlResource.strings(rs, "grantable"),
        SqlResource.strings(rs, "implicit"));
  }
}
