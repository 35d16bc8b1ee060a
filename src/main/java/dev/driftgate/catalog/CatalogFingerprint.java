package dev.driftgate.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A cheap stand-in for a whole catalog read (audit, issue 17): one statement made of the reader's
 * own queries, hashed on the server, so that only one row crosses the wire. Two databases with
 * equal fingerprints give equal catalogs to {@link CatalogReader}, because the hash covers every
 * row it reads (oids aside, see {@code fingerprint.sql}); the converse need not hold.
 */
public final class CatalogFingerprint {
  /** The queries the reader runs per user schema set, in the reader's order. */
  private static final List<String> PER_RELATIONS =
      List.of(
          "relations.sql",
          "columns.sql",
          "indexes.sql",
          "triggers.sql",
          "policies.sql",
          "rules.sql",
          "statistics.sql");

  /** The queries the reader runs per user schema set for everything else. */
  private static final List<String> PER_SCHEMAS =
      List.of("enum_types.sql", "domains.sql", "sequences.sql", "routines.sql");

  private static final String MARKER = "/* rows */";

  private CatalogFingerprint() {}

  /** The fingerprint of the database {@code connection} is connected to, in one snapshot. */
  public static String of(Connection connection) throws SQLException {
    try (ReadTransaction snapshot = ReadTransaction.begin(connection)) {
      List<Long> oids = new ArrayList<>();
      List<String> parts = new ArrayList<>();
      parts.add(part("user_schemas.sql", SqlResource.text("user_schemas.sql")));
      SqlResource.forEach(
          connection, "user_schemas.sql", List.of(), rs -> oids.add(rs.getLong("oid")));
      Array schemas = connection.createArrayOf("oid", oids.toArray());
      List<Object> parameters = new ArrayList<>();
      parts.add(part("extensions.sql", SqlResource.text("extensions.sql")));
      RelationScope all = RelationScope.all(schemas);
      for (String name : PER_RELATIONS) {
        parts.add(part(name, SqlResource.text(name)));
        parameters.addAll(all.parameters());
      }
      for (String name : PER_SCHEMAS) {
        parts.add(part(name, SqlResource.text(name)));
        parameters.add(schemas);
      }
      // no relation counts as read: every foreign key's referenced columns are looked up by name
      parts.add(part("constraints.sql", SqlResource.text("constraints.sql")));
      parameters.add(connection.createArrayOf("oid", new Object[0]));
      parameters.addAll(all.parameters());
      parts.add(part("privileges.sql", PrivilegeReader.query()));
      parameters.addAll(PrivilegeReader.parameters(schemas));
      String sql =
          SqlResource.text("fingerprint.sql").replace(MARKER, String.join("\nUNION ALL\n", parts));
      String[] hash = new String[1];
      SqlResource.forEachQuery(
          connection,
          sql,
          parameters,
          rs -> hash[0] = rs.getString("fingerprint") + ":" + rs.getLong("row_count"));
      return hash[0];
    }
  }

  /** The raw fingerprint's statement per server version and user: the catalogs they may read. */
  private static final java.util.Map<String, String> RAW_STATEMENTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A first, cheaper fingerprint ({@code raw_fingerprint.sql}): a hash of where each catalog row
   * version lies and which transaction wrote it ({@code ctid}, {@code xmin}), nothing read from the
   * rows themselves. Equal raw fingerprints of two databases on one server mean equal {@link #of}
   * fingerprints and equal catalogs; databases cloned from one another have them until one changes,
   * databases built apart do not, and take {@link #of}.
   */
  public static String raw(Connection connection) throws SQLException {
    java.sql.DatabaseMetaData meta = connection.getMetaData();
    String key = meta.getDatabaseProductVersion() + "|" + meta.getUserName();
    String statement = RAW_STATEMENTS.get(key);
    if (statement == null) {
      String[] written = new String[1];
      SqlResource.forEach(
          connection, "raw_fingerprint.sql", List.of(), rs -> written[0] = rs.getString(1));
      statement = written[0];
      RAW_STATEMENTS.put(key, statement);
    }
    String[] hash = new String[1];
    SqlResource.forEachQuery(
        connection, statement, List.of(), rs -> hash[0] = rs.getString("fingerprint"));
    return hash[0];
  }

  /** One query's rows as (source, JSON document); the newline ends a trailing comment. */
  private static String part(String source, String query) {
    return "SELECT '" + source + "', to_jsonb(q) FROM (\n" + query.strip() + "\n) q";
  }
}
