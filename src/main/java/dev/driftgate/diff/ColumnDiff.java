package dev.driftgate.diff;

import static dev.driftgate.diff.SqlNames.ident;
import static dev.driftgate.diff.SqlNames.qualified;

import dev.driftgate.model.Column;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares the columns of one table present on both sides. */
final class ColumnDiff {
  private ColumnDiff() {}

  static void compare(Comparison cmp, Table left, Table right) {
    QualifiedName table = left.name();
    Keyed.compare(
        byName(left.columns()),
        byName(right.columns()),
        new Keyed.Visitor<>() {
          @Override
          public void onlyLeft(String name, Column c) {
            cmp.missing(
                FindingKind.COLUMN_MISSING,
                "column",
                table.member(name),
                true,
                Ddl.columnDefinition(c),
                Fix.sql(Ddl.alterTable(table, "DROP COLUMN " + ident(name))));
          }

          @Override
          public void onlyRight(String name, Column c) {
            cmp.missing(
                FindingKind.COLUMN_MISSING,
                "column",
                table.member(name),
                false,
                Ddl.columnDefinition(c),
                Fix.sql(Ddl.alterTable(table, "ADD COLUMN " + Ddl.columnDefinition(c))));
          }

          @Override
          public void both(String name, Column l, Column r) {
            attributes(cmp, table, l, r);
          }
        });
    order(cmp, left, right);
  }

  /**
   * The old default dropped first, the new one set: in a fix script the drop runs before the
   * sequence or function the old default uses is dropped, the new default after what it uses (a
   * sequence, a function) is created.
   */
  private static Fix defaultFix(QualifiedName table, String alter, Column l, Column r) {
    String drop =
        l.defaultExpression() == null ? "" : Ddl.alterTable(table, alter + "DROP DEFAULT");
    String set =
        r.defaultExpression() == null
            ? ""
            : Ddl.alterTable(table, alter + "SET DEFAULT " + r.defaultExpression());
    return Fix.sql((drop + "\n" + set).strip());
  }

  private static void attributes(Comparison cmp, QualifiedName table, Column l, Column r) {
    String object = table.member(l.name());
    String alter = "ALTER COLUMN " + ident(l.name()) + " ";
    if (!Equivalence.sameType(l.type(), r.type())) {
      cmp.changed(
          FindingKind.COLUMN_TYPE,
          object,
          "type",
          l.type(),
          r.type(),
          Fix.sql(Ddl.alterTable(table, alter + "TYPE " + r.type())));
    }
    if (l.notNull() != r.notNull()) {
      cmp.changed(
          FindingKind.COLUMN_NULLABLE,
          object,
          "nullability",
          nullability(l),
          nullability(r),
          Fix.sql(Ddl.alterTable(table, alter + (r.notNull() ? "SET NOT NULL" : "DROP NOT NULL"))));
    }
    if (!Equivalence.sameDefault(l.defaultExpression(), r.defaultExpression())) {
      cmp.changed(
          FindingKind.COLUMN_DEFAULT,
          object,
          "default",
          l.defaultExpression(),
          r.defaultExpression(),
          defaultFix(table, alter, l, r));
    }
    if (!Objects.equals(l.identity(), r.identity())) {
      cmp.changed(
          FindingKind.COLUMN_IDENTITY,
          object,
          "identity",
          str(l.identity()),
          str(r.identity()),
          identityFix(table, l, r));
    }
    if (!Objects.equals(l.generatedExpression(), r.generatedExpression())) {
      cmp.changed(
          FindingKind.COLUMN_GENERATED,
          object,
          "generated expression",
          l.generatedExpression(),
          r.generatedExpression(),
          Fix.sql(
              Ddl.alterTable(table, "DROP COLUMN " + ident(l.name()))
                  + "\n"
                  + Ddl.alterTable(table, "ADD COLUMN " + Ddl.columnDefinition(r))));
    }
    if (!Objects.equals(l.collation(), r.collation())) {
      cmp.changed(
          FindingKind.COLUMN_COLLATION,
          object,
          "collation",
          l.collation(),
          r.collation(),
          Fix.sql(
              Ddl.alterTable(
                  table,
                  alter
                      + "TYPE "
                      + r.type()
                      + " COLLATE "
                      + ident(r.collation() == null ? "default" : r.collation()))));
    }
    String target = "COLUMN " + qualified(table) + "." + ident(l.name());
    cmp.comment(object, target, l.comment(), r.comment());
  }

  private static Fix identityFix(QualifiedName table, Column l, Column r) {
    String alter = "ALTER COLUMN " + ident(l.name()) + " ";
    if (r.identity() == null) {
      return Fix.sql(Ddl.alterTable(table, alter + "DROP IDENTITY"));
    }
    String add = Ddl.alterTable(table, alter + "ADD " + Ddl.identity(r.identity()));
    return Fix.sql(
        l.identity() == null ? add : Ddl.alterTable(table, alter + "DROP IDENTITY") + "\n" + add);
  }

  /**
   * Column order cannot be changed in PostgreSQL and changes nothing a query sees by name: info
   * only.
   */
  private static void order(Comparison cmp, Table left, Table right) {
    List<String> leftOrder =
        left.columns().stream().map(Column::name).filter(n -> right.column(n).isPresent()).toList();
    List<String> rightOrder =
        right.columns().stream().map(Column::name).filter(n -> left.column(n).isPresent()).toList();
    if (!leftOrder.equals(rightOrder)) {
      cmp.changed(
          FindingKind.COLUMN_ORDER,
          left.name().toString(),
          "column order",
          String.join(", ", leftOrder),
          String.join(", ", rightOrder),
          Fix.none(
              "PostgreSQL cannot reorder columns; queries that name their columns are unaffected"));
    }
  }

  private static Map<String, Column> byName(List<Column> columns) {
    Map<String, Column> map = new LinkedHashMap<>();
    columns.forEach(c -> map.put(c.name(), c));
    return map;
  }

  private static String nullability(Column c) {
    return c.notNull() ? "NOT NULL" : "NULL";
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
