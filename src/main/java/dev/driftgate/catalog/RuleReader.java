package dev.driftgate.catalog;

import dev.driftgate.model.Rule;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** Reads rewrite rules into the tables and views they belong to. */
final class RuleReader {
  private RuleReader() {}

  static void read(Connection c, RelationScope scope, Map<Long, RelationParts> relations)
      throws SQLException {
    SqlResource.forEach(
        c,
        "rules.sql",
        scope.parameters(),
        rs -> {
          RelationParts parts = relations.get(rs.getLong("ev_class"));
          if (parts != null) {
            parts.rules.add(
                new Rule(
                    rs.getString("rulename"),
                    rs.getString("definition"),
                    rs.getBoolean("enabled")));
          }
        });
  }
}
