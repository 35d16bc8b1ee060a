package dev.driftgate.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small, exact looks into a database for runner tests. */
public final class Catalogs {
  private static final String SHAPE =
      "SELECT n.nspname || '.' || c.relname || ':' || c.relkind::text || '('"
          + " || coalesce((SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ','"
          + " ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0"
          + " AND NOT a.attisdropped), '') || ')'"
          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
          + " ORDER BY 1";

  private Catalogs() {}

  /** Every relation with its columns and types: equal shapes mean nothing was left behind. */
  public static List<String> shape(RunnerEnv env, String database) throws SQLException {
    return strings(env, database, SHAPE);
  }

  /** The ledger's migration names in the database, in name order. */
  public static List<String> ledger(RunnerEnv env, String database) throws SQLException {
    return strings(env, database, "SELECT name FROM driftgate.migration_ledger ORDER BY name");
  }

  /** The first column of every row of {@code sql}. */
  public static List<String> strings(RunnerEnv env, String database, String sql)
      throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = env.connect(database);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
