package dev.driftgate.catalog;

import dev.driftgate.model.Index;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Reads indexes that no constraint owns into the relations they index. */
final class IndexReader {
  private IndexReader() {}

  static void read(Connection c, Object schemaOids, Map<Long, RelationParts> relations)
      throws SQLException {
    SqlResource.forEach(
        c,
        "indexes.sql",
        List.of(schemaOids),
        rs -> {
          RelationParts parts = relations.get(rs.getLong("indrelid"));
          if (parts != null) {
            parts.indexes.add(
                new Index(
                    rs.getString("index_name"),
                    rs.getBoolean("indisunique"),
                    rs.getString("amname"),
                    SqlResource.strings(rs, "keys"),
                    SqlResource.strings(rs, "include"),
                    rs.getString("predicate"),
                    rs.getString("shape")));
          }
        });
  }
}
