package dev.driftgate.catalog;

import dev.driftgate.model.CheckConstraint;
import dev.driftgate.model.ExclusionConstraint;
import dev.driftgate.model.ForeignKey;
import dev.driftgate.model.PrimaryKey;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.ReferentialAction;
import dev.driftgate.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Reads table constraints into the relations they belong to. */
final class ConstraintReader {
  private ConstraintReader() {}

  static void read(Connection c, Object schemaOids, Map<Long, RelationParts> relations)
      throws SQLException {
    SqlResource.forEach(
        c,
        "constraints.sql",
        List.of(schemaOids),
        rs -> {
          RelationParts parts = relations.get(rs.getLong("conrelid"));
          if (parts != null) {
            add(parts, rs);
          }
        });
  }

  private static void add(RelationParts parts, ResultSet rs) throws SQLException {
    String name = rs.getString("conname");
    List<String> columns = SqlResource.strings(rs, "columns");
    switch (rs.getString("contype")) {
      case "p" -> parts.primaryKey = new PrimaryKey(name, columns);
      case "f" -> parts.foreignKeys.add(foreignKey(rs, name, columns));
      case "u" ->
          parts.uniques.add(
              new UniqueConstraint(
                  name,
                  columns,
                  rs.getBoolean("nulls_not_distinct"),
                  rs.getBoolean("condeferrable"),
                  rs.getBoolean("condeferred")));
      case "c" ->
          parts.checks.add(
              new CheckConstraint(name, rs.getString("definition"), rs.getBoolean("connoinherit")));
      case "x" -> parts.exclusions.add(new ExclusionConstraint(name, rs.getString("definition")));
      default -> {
        // the query selects only the kinds above
      }
    }
  }

  private static ForeignKey foreignKey(ResultSet rs, String name, List<String> columns)
      throws SQLException {
    return new ForeignKey(
        name,
        columns,
        QualifiedName.of(rs.getString("ref_schema"), rs.getString("ref_table")),
        SqlResource.strings(rs, "ref_columns"),
        ReferentialAction.fromCatalogCode(rs.getString("confdeltype")),
        ReferentialAction.fromCatalogCode(rs.getString("confupdtype")),
        switch (rs.getString("confmatchtype")) {
          case "f" -> "FULL";
          case "p" -> "PARTIAL";
          default -> "SIMPLE";
        },
        rs.getBoolean("condeferrable"),
        rs.getBoolean("condeferred"));
  }
}
