package dev.driftgate.data;

import dev.driftgate.model.Column;
import dev.driftgate.model.ForeignKey;
import dev.driftgate.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the rows of one table are generated: which columns are sent (identity, serial and generated
 * columns fill themselves), where each column's values come from, and how many rows fit its unique
 * keys. Written as {@code COPY ... FROM STDIN} text.
 */
final class TablePlan {
  private final Table table;
  private final List<Part> parts;
  private final long rows;

  private TablePlan(Table table, List<Part> parts, long rows) {
    this.table = table;
    this.parts = List.copyOf(parts);
    this.rows = rows;
  }

  /** The plan for {@code table}: {@code rows} rows, or fewer where its unique keys allow fewer. */
  static TablePlan of(Table table, TableShape shape, ParentRows parents, long rows, long seed)
      throws java.sql.SQLException {
    Random random = new Random(seed ^ table.name().toString().hashCode());
    List<Part> parts = new ArrayList<>();
    long limit = rows;
    long stride = 1;
    Set<String> referencing = shape.referencingColumns();
    Map<String, Part.Own> own = new java.util.HashMap<>();
    for (Column column : table.columns()) {
      if (!referencing.contains(column.name())) {
        Part.Own part = shape.own(column);
        if (part != null) {
          own.put(column.name(), part);
          parts.add(part);
          if (part.mode() == Values.Mode.UNIQUE) {
            limit = Math.min(limit, part.values().capacity());
          }
        }
      }
    }
    int offset = 0;
    for (ForeignKey fk : shape.foreignKeys()) {
      boolean nullable = fk.columns().stream().noneMatch(shape::notNull);
      if (fk.referencedTable().equals(table.name())) {
        List<Part.Own> referenced = fk.referencedColumns().stream().map(own::get).toList();
        if (!referenced.contains(null)) {
          parts.add(new Part.Self(fk.columns(), referenced, nullable));
        }
        continue;
      }
      List<List<String>> rowsOfParent = parents.of(fk.referencedTable(), fk.referencedColumns());
      boolean walk = shape.onlyKeysInUniqueKey(fk) && !rowsOfParent.isEmpty();
      parts.add(
          new Part.Reference(
              fk.columns(),
              rowsOfParent,
              walk ? stride : 0,
              shape.randomReferences() ? random : null,
              nullable,
              offset++));
      if (walk) {
        stride *= rowsOfParent.size();
        limit = Math.min(limit, stride);
      }
    }
    return new TablePlan(table, parts, limit);
  }

  long rows() {
    return rows;
  }

  /** Whether any column is sent: a table whose columns all fill themselves gets defaults only. */
  boolean hasColumns() {
    return !parts.isEmpty();
  }

  /** Rows of defaults only, for a table whose every column fills itself. */
  String defaultsSql() {
    return "INSERT INTO "
        + Identifiers.quote(table.name())
        + " SELECT FROM generate_series(1, "
        + rows
        + ")";
  }

  /** {@code COPY "s"."t" ("a", "b") FROM STDIN}. */
  String copySql() {
    String columns =
        parts.stream()
            .flatMap(p -> p.columns().stream())
            .map(Identifiers::quote)
            .collect(Collectors.joining(", "));
    return "COPY " + Identifiers.quote(table.name()) + " (" + columns + ")" + " FROM STDIN";
  }

  /** The rows as COPY's text format: tab-separated, {@code \N} for NULL. */
  String data() {
    StringBuilder out = new StringBuilder((int) Math.min(Integer.MAX_VALUE, rows * 32));
    for (long row = 0; row < rows; row++) {
      boolean first = true;
      for (Part part : parts) {
        for (String value : part.values(row)) {
          if (!first) {
            out.append('\t');
          }
          first = false;
          out.append(value == null ? "\\N" : Identifiers.copyEscape(value));
        }
      }
      out.append('\n');
    }
    return out.toString();
  }
}
