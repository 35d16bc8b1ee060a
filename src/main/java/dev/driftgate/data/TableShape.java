package dev.driftgate.data;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.CheckConstraint;
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
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What generating rows for a table must respect, read from the model: unique keys (primary key,
 * unique constraints, unique indexes, also on expressions of columns), foreign keys, NOT NULL,
 * checks and domain checks, enum labels. A column a check constrains takes the values the check
 * names ({@code IN (...)}), or values that match its pattern ({@code ~ '^[a-z]+$'}), or plain
 * values; only columns no check constrains get edge values.
 */
final class TableShape {
  /** How daring the values of one try at a table are. */
  enum Attempt {
    /** NULLs, empty strings, zero, maximum lengths and values where no check constrains. */
    EDGE,
    /** Edge values too, but NULL or false in the columns checks constrain (consistency checks). */
    EDGE_CHECKED_MINIMAL,
    /** Small positive values, short strings, no NULL where a value can be given. */
    PLAIN,
    /** NULL wherever allowed and booleans false: what consistency checks between columns accept. */
    MINIMAL
  }

  private static final Pattern ARRAY = Pattern.compile("ARRAY\\[(.*?)]");
  private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");
  private static final Pattern MATCHES = Pattern.compile("~ '((?:[^']|'')*)'");

  private final Table table;
  private final Catalog catalog;
  private final Attempt attempt;
  private final List<Set<String>> uniqueKeys = new ArrayList<>();

  TableShape(Table table, Catalog catalog, Attempt attempt) {
    this.table = table;
    this.catalog = catalog;
    this.attempt = attempt;
    if (table.primaryKey() != null) {
      uniqueKeys.add(Set.copyOf(table.primaryKey().columns()));
    }
    for (UniqueConstraint u : table.uniqueConstraints()) {
      uniqueKeys.add(Set.copyOf(u.columns()));
    }
    for (Index index : table.indexes()) {
      if (index.unique()) {
        uniqueKeys.add(columnsIn(String.join(", ", index.keys())));
      }
    }
  }

  List<ForeignKey> foreignKeys() {
    return table.foreignKeys();
  }

  /** Whether foreign keys pick parents at random, or each the next ({@code CHECK (a <> b)}). */
  boolean randomReferences() {
    return attempt != Attempt.MINIMAL;
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
    return new Part.Own(
        column.name(),
        values.shifted(column.position()),
        mode(unique, checks.isEmpty()),
        !column.notNull() && !unique);
  }

  private Values.Mode mode(boolean unique, boolean unchecked) {
    if (unique) {
      return Values.Mode.UNIQUE;
    }
    return switch (attempt) {
      case EDGE -> unchecked ? Values.Mode.EDGE : Values.Mode.PLAIN;
      case EDGE_CHECKED_MINIMAL -> unchecked ? Values.Mode.EDGE : Values.Mode.MINIMAL;
      case PLAIN -> Values.Mode.PLAIN;
      case MINIMAL -> Values.Mode.MINIMAL;
    };
  }

  private Values valuesOf(String base, List<String> checks) {
    EnumType enumType = lookup(catalog.enums(), base);
    Values values = enumType != null ? Values.labels(enumType.labels()) : Values.of(base);
    if (values == null || !values.textual()) {
      return values;
    }
    for (String check : checks) {
      Matcher pattern = MATCHES.matcher(check);
      RegexValues regex = pattern.find() ? RegexValues.parse(unquote(pattern.group(1))) : null;
      if (regex != null) {
        return Values.matching(regex);
      }
    }
    List<String> literals = literals(checks);
    return literals.isEmpty() ? values : Values.labels(literals);
  }

  private List<String> checksOn(Column column) {
    Pattern mention = Pattern.compile("\\b" + Pattern.quote(column.name()) + "\\b");
    return table.checks().stream()
        .map(CheckConstraint::expression)
        .filter(e -> mention.matcher(e).find())
        .toList();
  }

  /** The columns an index key list or expression names. */
  private Set<String> columnsIn(String keys) {
    Set<String> columns = new HashSet<>();
    for (Column column : table.columns()) {
      if (Pattern.compile("\\b" + Pattern.quote(column.name()) + "\\b").matcher(keys).find()) {
        columns.add(column.name());
      }
    }
    return columns;
  }

  /** The quoted values of the {@code ARRAY[...]} lists {@code IN (...)} checks deparse to. */
  private static List<String> literals(List<String> checks) {
    List<String> literals = new ArrayList<>();
    for (String check : checks) {
      Matcher array = ARRAY.matcher(check);
      while (array.find()) {
        Matcher m = LITERAL.matcher(array.group(1));
        while (m.find()) {
          literals.add(unquote(m.group(1)));
        }
      }
    }
    return literals.stream().distinct().toList();
  }

  private static String unquote(String literal) {
    return literal.replace("''", "'");
  }

  private static <T> T lookup(Map<QualifiedName, T> objects, String type) {
    return objects.get(QualifiedName.parse(type.replace("\"", "")));
  }
}
