package dev.driftgate.catalog;

import dev.driftgate.model.CheckConstraint;
import dev.driftgate.model.ExclusionConstraint;
import dev.driftgate.model.ForeignKey;
import dev.driftgate.model.PrimaryKey;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.ReferentialAction;
import dev.driftgate.model.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Reads table constraints into the relations they belong to. */
final class ConstraintReader {
  private ConstraintReader() {}

  static void read(Connection c, RelationScope scope, Map<Long, RelationParts> relations)
      throws SQLException {
    SqlResource.forEach(
        c,
        "constraints.sql",
        parameters(c.createArrayOf("oid", relations.keySet().toArray()), scope),
        rs -> {
          RelationParts parts = relations.get(rs.getLong("conrelid"));
          if (parts != null) {
            add(parts, rs, relations);
          }
        });
  }

  /**
   * The relations already read, whose columns name a foreign key's referenced ones, then the scope.
   */
  private static List<Object> parameters(Object read, RelationScope scope) {
    List<Object> parameters = new java.util.ArrayList<>();
    parameters.add(read);
    parameters.addAll(scope.parameters());
    return parameters;
  }

  private static void add(RelationParts parts, ResultSet rs, Map<Long, RelationParts> relations)
      throws SQLException {
    String name = rs.getString("conname");
    List<String> columns = parts.columnNames(numbers(rs, "column_numbers"));
    switch (rs.getString("contype")) {
      case "p" -> parts.primaryKey = new PrimaryKey(name, columns);
      case "f" ->
          parts.foreignKeys.add(foreignKey(rs, name, columns, referencedColumns(rs, relations)));
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
              new CheckConstraint(
                  name,
                  withoutNotValid(rs.getString("definition")),
                  rs.getBoolean("connoinherit"),
                  rs.getBoolean("convalidated")));
      case "x" -> parts.exclusions.add(new ExclusionConstraint(name, rs.getString("definition")));
      default -> {
        // the query selects only the kinds above
      }
    }
  }

  /** The deparsed definition ends in {@code NOT VALID} until the constraint is validated. */
  private static String withoutNotValid(String definition) {
    return definition.endsWith(" NOT VALID")
        ? definition.substring(0, definition.length() - " NOT VALID".length())
        : definition;
  }

  /** From the referenced table's columns when it was read, else as the query named them. */
  private static List<String> referencedColumns(ResultSet rs, Map<Long, RelationParts> relations)
      throws SQLException {
    RelationParts referenced = relations.get(rs.getLong("confrelid"));
    return referenced == null
        ? SqlResource.strings(rs, "ref_columns")
        : referenced.columnNames(numbers(rs, "ref_column_numbers"));
  }

  /** An int2[] column as attribute numbers (none for SQL NULL). */
  private static Integer[] numbers(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    if (array == null) {
      return new Integer[0];
    }
    Object[] values = (Object[]) array.getArray();
    Integer[] numbers = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      numbers[i] = ((Number) values[i]).intValue();
    }
    return numbers;
  }

  private static ForeignKey foreignKey(
      ResultSet rs, String name, List<String> columns, List<String> referencedColumns)
      throws SQLException {
    return new ForeignKey(
        name,
        columns,
        QualifiedName.of(rs.getString("ref_schema"), rs.getString("ref_table")),
        referencedColumns,
        ReferentialAction.fromCatalogCode(rs.getString("confdeltype")),
        ReferentialAction.fromCatalogCode(rs.getString("confupdtype")),
        switch (rs.getString("confmatchtype")) {
          case "f" -> "FULL";
          case "p" -> "PARTIAL";
          default -> "SIMPLE";
        },
        rs.getBoolean("condeferrable"),
        rs.getBoolean("condeferred"),
        rs.getBoolean("convalidated"));
  }
}
