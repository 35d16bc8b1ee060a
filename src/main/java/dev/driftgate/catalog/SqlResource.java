package dev.driftgate.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A catalog query kept as a {@code .sql} resource of this package, loaded once. */
final class SqlResource {
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  /** Handles one row; the result set is positioned on it. */
  interface Row {
    void accept(ResultSet rs) throws SQLException;
  }

  private SqlResource() {}

  static String text(String name) {
    return CACHE.computeIfAbsent(name, SqlResource::load);
  }

  /**
   * Runs the named query with the given parameters bound in order, calling {@code row} for every
   * row.
   */
  static void forEach(Connection connection, String name, List<?> parameters, Row row)
      throws SQLException {
    forEachQuery(connection, text(name), parameters, row);
  }

  /** Like {@link #forEach}, for a query composed of resources. */
  static void forEachQuery(Connection connection, String sql, List<?> parameters, Row row)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        ps.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          row.accept(rs);
        }
      }
    }
  }

  /** A text array column as a list (empty for SQL NULL). */
  static List<String> strings(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    return java.util.Arrays.stream(values).map(String::valueOf).toList();
  }

  private static String load(String name) {
    try (InputStream in = SqlResource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing catalog query resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
