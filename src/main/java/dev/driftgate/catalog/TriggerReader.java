package dev.driftgate.catalog;

import dev.driftgate.model.Policy;
import dev.driftgate.model.Trigger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** Reads triggers and row-level security policies into their tables. */
final class TriggerReader {
  private TriggerReader() {}

  static void read(Connection c, RelationScope scope, Map<Long, RelationParts> relations)
      throws SQLException {
    SqlResource.forEach(
        c,
        "triggers.sql",
        scope.parameters(),
        rs -> {
          RelationParts parts = relations.get(rs.getLong("tgrelid"));
          if (parts != null) {
            parts.triggers.add(
                new Trigger(
                    rs.getString("tgname"), rs.getString("definition"), rs.getBoolean("enabled")));
          }
        });
    SqlResource.forEach(
        c,
        "policies.sql",
        scope.parameters(),
        rs -> {
          RelationParts parts = relations.get(rs.getLong("polrelid"));
          if (parts != null) {
            parts.policies.add(
                new Policy(
                    rs.getString("polname"),
                    command(rs.getString("polcmd")),
                    rs.getBoolean("polpermissive"),
                    SqlResource.strings(rs, "roles"),
                    rs.getString("using_expr"),
                    rs.getString("check_expr")));
          }
        });
  }

  private static String command(String code) {
    return switch (code) {
      case "r" -> "SELECT";
      case "a" -> "INSERT";
      case "w" -> "UPDATE";
      case "d" -> "DELETE";
      default -> "ALL";
    };
  }
}
