package dev.driftgate.catalog;

import dev.driftgate.model.Index;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads indexes that no constraint owns into the relations they index. */
final class IndexReader {
  /**
   * The {@code WITH (...)} clause of an index definition: it comes after the keys, {@code INCLUDE}
   * and {@code NULLS NOT DISTINCT}, before any {@code TABLESPACE} and predicate.
   */
  private static final Pattern WITH_CLAUSE =
      Pattern.compile(" WITH \\((?:[^()']|'(?:[^']|'')*')*\\)(?=$| TABLESPACE | WHERE )");

  private IndexReader() {}

  /** Storage parameters are compared on their own, whatever order they were given in. */
  private static String withoutStorageParameters(String shape, String reloptions) {
    return reloptions == null ? shape : WITH_CLAUSE.matcher(shape).replaceFirst("");
  }

  static void read(Connection c, RelationScope scope, Map<Long, RelationParts> relations)
      throws SQLException {
    SqlResource.forEach(
        c,
        "indexes.sql",
        scope.parameters(),
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
                    withoutStorageParameters(rs.getString("shape"), rs.getString("reloptions")),
                    SqlResource.strings(rs, "reloptions")));
          }
        });
  }
}
