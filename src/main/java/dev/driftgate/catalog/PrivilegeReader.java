package dev.driftgate.catalog;

import dev.driftgate.model.Privilege;
import dev.driftgate.model.Securable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads privileges: one query per object kind, all in the one statement {@code privileges.sql}
 * makes of them, which compares each grantee's privileges with PostgreSQL's built-in default. Only
 * objects that carry an ACL are read, so a schema that never grants anything costs one cheap scan
 * per kind.
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

  /** The privileges on objects {@code held} accepts, keyed by {@link Privilege#key()}. */
  static Map<String, Privilege> read(Connection c, Object schemaOids, Predicate<Securable> held)
      throws SQLException {
    Map<String, Privilege> privileges = new TreeMap<>();
    SqlResource.forEachQuery(
        c,
        query(),
        parameters(schemaOids),
        rs -> {
          Privilege p = privilege(rs);
          if (held.test(p.on())) {
            privileges.merge(p.key(), p, PrivilegeReader::merged);
          }
        });
    return privileges;
  }

  /** The one statement that reads every kind, its parameters given by {@link #parameters}. */
  static String query() {
    List<String> kinds = new ArrayList<>();
    for (String kind : KINDS) {
      kinds.add("(" + SqlResource.text(kind).strip() + ")");
    }
    return SqlResource.text("privileges.sql").replace(MARKER, String.join("\nUNION ALL\n", kinds));
  }

  /** The parameters of {@link #query}: the user schemas' oids, once per kind. */
  static List<Object> parameters(Object schemaOids) {
    return java.util.Collections.nCopies(KINDS.size(), schemaOids);
  }

  /** The owner, granted to by name as well (a build role that owns nothing here): both count. */
  private static Privilege merged(Privilege a, Privilege b) {
    return new Privilege(
        a.on(),
        a.grantee(),
        union(a.privileges(), b.privileges()),
        union(a.grantable(), b.grantable()),
        union(a.implicit(), b.implicit()));
  }

  private static List<String> union(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().sorted().toList();
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
        names(rs, "privileges"),
        names(rs, "grantable"),
        names(rs, "implicit"));
  }

  /** Each privilege once (several grantors may have granted it), sorted. */
  private static List<String> names(ResultSet rs, String column) throws SQLException {
    return SqlResource.strings(rs, column).stream().distinct().sorted().toList();
  }
}
