package dev.driftgate.data;

import dev.driftgate.model.QualifiedName;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;

/**
 * The key values of rows a table already holds, for the foreign keys that reference them: read once
 * per key with {@code COPY ... TO STDOUT}, so that they come back in the same text form the
 * generated rows are written in, in a stable order.
 */
final class ParentRows {
  private final Connection connection;
  private final long limit;
  private final Map<String, List<List<String>>> cache = new HashMap<>();

  ParentRows(Connection connection, long limit) {
    this.connection = connection;
    this.limit = limit;
  }

  /** Rows of {@code table}'s {@code columns} with no NULL, at most the row count asked for. */
  List<List<String>> of(QualifiedName table, List<String> columns) throws SQLException {
    String key = table + "." + columns;
    List<List<String>> rows = cache.get(key);
    if (rows == null) {
      rows = read(table, columns);
      cache.put(key, rows);
    }
    return rows;
  }

  /** Forgets what was read of a table that has just been filled. */
  void filled(QualifiedName table) {
    cache.keySet().removeIf(k -> k.startsWith(table + "."));
  }

  private List<List<String>> read(QualifiedName table, List<String> columns) throws SQLException {
    String list = columns.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
    String notNull =
        columns.stream()
            .map(c -> Identifiers.quote(c) + " IS NOT NULL")
            .collect(Collectors.joining(" AND "));
    String sql =
        "COPY (SELECT DISTINCT "
            + list
            + " FROM "
            + Identifiers.quote(table)
            + " WHERE "
            + notNull
            + " ORDER BY "
            + list
            + " LIMIT "
            + limit
            + ") TO STDOUT";
    StringWriter out = new StringWriter();
    try {
      connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
    } catch (IOException e) {
      throw new IllegalStateException("a string writer does not fail", e);
    }
    List<List<String>> rows = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isEmpty()) {
        rows.add(
            java.util.Arrays.stream(line.split("\t", -1)).map(Identifiers::copyUnescape).toList());
      }
    }
    return rows;
  }
}
