package dev.driftgate.diff;

import static dev.driftgate.diff.SqlNames.ident;
import static dev.driftgate.diff.SqlNames.qualified;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.Column;
import dev.driftgate.model.Domain;
import dev.driftgate.model.EnumType;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fix of an enum whose labels cannot change in place (one removed, or their order changed): the
 * old type is renamed aside, the type created again with the target's labels, every column of the
 * old type (or an array of it) converted through its text, and the old type dropped. A column's
 * default names the old type, so it is dropped before the conversion and set again after it.
 */
final class EnumRewrite {
  /** Appended to the type's name while the columns move off it. */
  static final String ASIDE = "__driftgate_old";

  private EnumRewrite() {}

  /**
   * @param before the catalog the fix changes: where the columns of the type are found
   */
  static Fix of(EnumType from, EnumType to, Catalog before) {
    String type = qualified(from.name());
    Optional<Domain> domain =
        before.domains().values().stream()
            .filter(d -> TypeName.refersTo(d.baseType(), from.name().toString()))
            .findFirst();
    if (domain.isPresent()) {
      // a domain's base type cannot change: the domain would have to be recreated with its columns
      return Fix.none(
          "labels cannot be removed or reordered in place, and domain "
              + domain.get().name()
              + " is over the type: recreate the type, the domain and their columns");
    }
    List<String> sql = new ArrayList<>();
    sql.add("ALTER TYPE " + type + " RENAME TO " + ident(from.name().name() + ASIDE) + ";");
    sql.add(
        "CREATE TYPE "
            + type
            + " AS ENUM ("
            + to.labels().stream().map(SqlNames::literal).collect(Collectors.joining(", "))
            + ");");
    for (Table t : before.tables().values()) {
      // a partition's columns follow its partitioned table's
      if (t.partitionOf() == null) {
        t.columns().stream()
            .filter(c -> TypeName.refersTo(c.type(), from.name().toString()))
            .forEach(c -> sql.addAll(convert(t, c, type)));
      }
    }
    sql.add(
        "DROP TYPE "
            + qualified(new QualifiedName(from.name().schema(), from.name().name() + ASIDE))
            + ";");
    return Fix.rewrite(String.join("\n", sql));
  }

  private static List<String> convert(Table t, Column c, String type) {
    String column = ident(c.name());
    String alter = "ALTER TABLE " + qualified(t.name()) + " ALTER COLUMN " + column;
    String array = c.type().endsWith("[]") ? "[]" : "";
    List<String> sql = new ArrayList<>();
    if (c.defaultExpression() != null) {
      sql.add(alter + " DROP DEFAULT;");
    }
    sql.add(
        alter + " TYPE " + type + array + " USING " + column + "::text" + array + "::" + type
            + array + ";");
    if (c.defaultExpression() != null) {
      // the default as read names the type by its name, which is the new type's now
      sql.add(alter + " SET DEFAULT " + c.defaultExpression() + ";");
    }
    return sql;
  }
}
