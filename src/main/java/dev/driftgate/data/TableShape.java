package dev.driftgate.data;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.Column;
import dev.driftgate.model.Domain;
import dev.driftgate.model.EnumType;
import dev.driftgate.model.ForeignKey;
import dev.driftgate.model.Index;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Table;
import dev.driftgate.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What generating rows for a table must respect, read from the model: unique keys (primary key,
 * unique constraints, unique indexes on plain columns), foreign keys, NOT NULL, checks and domain
 * checks, enum labels. {@code edge} says whether columns no check constrains get edge values.
 */
final class TableShape {
  private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

  private final Table table;
  private final Catalog catalog;
  private final boolean edge;
  private final List<Set<String>> uniqueKeys = new ArrayList<>();

  TableShape(Table table, Catalog catalog, boolean edge) {
    this.table = table;
    this.catalog = catalog;
    this.edge = edge;
    if (table.primaryKey() != null) {
      uniqueKeys.add(Set.copyOf(table.primaryKey().columns()));
    }
    for (UniqueConstraint u : table.uniqueConstraints()) {
      uniqueKeys.add(Set.copyOf(u.columns()));
    }
    for (Index index : table.indexes()) {
      if (index.unique()
          && table.columns().stream().map(Column::name).toList().containsAll(index.keys())) {
        uniqueKeys.add(Set.copyOf(index.keys()));
      }
    }
  }

  List<ForeignKey> foreignKeys() {
    return table.foreignKeys();
  }

  Set<String> referencingColumns() {
    Set<String> columns = new HashSet<>();
    table.foreignKeys().forEach(fk -> columns.addAll(fk.columns()));
    return columns;
  }

  boolean notNull(String column) {
    return table.column(column).map(Column::notNull).orElse(false);
  }

  /** Whether the key lies in a unique key made of foreign-key columns only. */
  boolean onlyKeysInUniqueKey(ForeignKey fk) {
    Set<String> referencing = referencingColumns();
    return uniqueKeys.stream()
        .anyMatch(k -> k.containsAll(fk.columns()) && referencing.containsAll(k));
  }

  /** The values of a column that is not a foreign key's, or null if it fills itself. */
  Part.Own own(Column column) {
    if (column.generatedExpression() != null
        || column.identity() != null
        || column.defaultExpression() != null
            && column.defaultExpression().startsWith("nextval(")) {
      return null;
    }
    boolean unique = uniqueKeys.stream().anyMatch(k -> k.contains(column.name()));
    List<String> checks = new ArrayList<>(checksOn(column));
    Domain domain = lookup(catalog.domains(), column.type());
    if (domain != null) {
      checks.addAll(domain.checks());
    }
    Values values = valuesOf(domain == null ? column.type() : domain.baseType(), checks);
    if (values == null) {
      return column.defaultExpression() != null || !column.notNull()
          ? null
          : new Part.Own(column.name(), Values.labels(List.of("1")), Values.Mode.PLAIN, false);
    }
    Values.Mode mode =
        unique
            ? Values.Mode.UNIQUE
            : edge && checks.isEmpty() ? Values.Mode.EDGE : Values.Mode.PLAIN;
    return new Part.Own(column.name(), values, mode, !column.notNull() && !unique);
  }

  private Values valuesOf(String base, List<String> checks) {
    EnumType enumType = lookup(catalog.enums(), base);
    Values values = enumType != null ? Values.labels(enumType.labels()) : Values.of(base);
    List<String> literals = literals(checks);
    return values != null && values.textual() && !literals.isEmpty()
        ? Values.labels(literals)
        : values;
  }

  private List<String> checksOn(Column column) {
    Pattern mention = Pattern.compile("\\b" + Pattern.quote(column.name()) + "\\b");
    return table.checks().stream()
        .map(c -> c.expression())
        .filter(e -> mention.matcher(e).find())
        .toList();
  }

  private static List<String> literals(List<String> checks) {
    List<String> literals = new ArrayList<>();
    for (String check : checks) {
      Matcher m = LITERAL.matcher(check);
      while (m.find()) {
        literals.add(m.group(1).replace("''", "'"));
      }
    }
    return literals.stream().distinct().toList();
  }

  private static <T> T lookup(java.util.Map<QualifiedName, T> objects, String type) {
    return objects.get(QualifiedName.parse(type.replace("\"", "")));
  }
}
