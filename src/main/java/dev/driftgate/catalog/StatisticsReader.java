package dev.driftgate.catalog;

import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Statistics;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** Reads extended statistics objects into the tables they are on. */
final class StatisticsReader {
  private StatisticsReader() {}

  static void read(Connection c, RelationScope scope, Map<Long, RelationParts> relations)
      throws SQLException {
    SqlResource.forEach(
        c,
        "statistics.sql",
        scope.parameters(),
        rs -> {
          RelationParts parts = relations.get(rs.getLong("stxrelid"));
          if (parts != null) {
            parts.statistics.add(
                new Statistics(
                    QualifiedName.of(rs.getString("nspname"), rs.getString("stxname")),
                    rs.getString("definition"),
                    rs.getInt("target")));
          }
        });
  }
}
