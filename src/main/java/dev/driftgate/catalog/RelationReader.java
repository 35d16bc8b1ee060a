package dev.driftgate.catalog;

import dev.driftgate.model.Column;
import dev.driftgate.model.Identity;
import dev.driftgate.model.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Reads relations and their columns into {@link RelationParts}, keyed by oid. */
final class RelationReader {
  private RelationReader() {}

  static Map<Long, RelationParts> read(Connection c, RelationScope scope) throws SQLException {
    Map<Long, RelationParts> relations = new HashMap<>();
    SqlResource.forEach(
        c,
        "relations.sql",
        scope.parameters(),
        rs -> relations.put(rs.getLong("oid"), relation(rs)));
    SqlResource.forEach(
        c,
        "columns.sql",
        scope.parameters(),
        rs -> {
          RelationParts parts = relations.get(rs.getLong("attrelid"));
          if (parts != null) {
            Column column = column(rs, parts.columns.size() + 1);
            parts.columns.add(column);
            parts.columnNames.put(rs.getInt("attnum"), column.name());
          }
        });
    return relations;
  }

  private static RelationParts relation(ResultSet rs) throws SQLException {
    RelationParts parts =
        new RelationParts(
            QualifiedName.of(rs.getString("nspname"), rs.getString("relname")),
            rs.getString("relkind").charAt(0));
    parts.unlogged = "u".equals(rs.getString("relpersistence"));
    parts.rowSecurity = rs.getBoolean("relrowsecurity");
    parts.forceRowSecurity = rs.getBoolean("relforcerowsecurity");
    parts.partitionKey = rs.getString("partition_key");
    String parent = rs.getString("parent_name");
    parts.partitionOf =
        parent == null ? null : QualifiedName.of(rs.getString("parent_schema"), parent);
    parts.partitionBound = rs.getString("partition_bound");
    parts.viewDefinition = rs.getString("view_definition");
    parts.comment = rs.getString("description");
    parts.options = SqlResource.strings(rs, "reloptions");
    parts.replicaIdentity =
        switch (rs.getString("relreplident")) {
          case "f" -> "FULL";
          case "n" -> "NOTHING";
          case "i" -> "USING INDEX " + rs.getString("replica_index");
          default -> "DEFAULT";
        };
    return parts;
  }

  private static Column column(ResultSet rs, int position) throws SQLException {
    return new Column(
        rs.getString("attname"),
        position,
        rs.getString("type"),
        rs.getBoolean("attnotnull"),
        rs.getString("default_expr"),
        identity(rs),
        rs.getString("generated_expr"),
        rs.getString("collation"),
        rs.getString("description"));
  }

  private static Identity identity(ResultSet rs) throws SQLException {
    String code = rs.getString("attidentity");
    if (code == null || code.isEmpty() || rs.getString("seq_type") == null) {
      return null;
    }
    Identity.Generation generation =
        "a".equals(code) ? Identity.Generation.ALWAYS : Identity.Generation.BY_DEFAULT;
    return new Identity(generation, SequenceReader.options(rs, "seq_type"));
  }
}
