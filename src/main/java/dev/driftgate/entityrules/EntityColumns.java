package dev.driftgate.entityrules;

import static dev.driftgate.diff.SqlNames.ident;
import static dev.driftgate.diff.SqlNames.literal;
import static dev.driftgate.diff.SqlNames.qualified;

import dev.driftgate.diff.Comparison;
import dev.driftgate.diff.Ddl;
import dev.driftgate.diff.Equivalence;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Severity;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.Column;
import dev.driftgate.model.EnumMapping;
import dev.driftgate.model.EnumType;
import dev.driftgate.model.Identity;
import dev.driftgate.model.MappedColumn;
import dev.driftgate.model.MappedTable;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Table;
import java.util.List;

/**
 * The column rules of {@link EntityDiff}: each mapped column exists, has a fitting type, the same
 * nullability, the identity or default the mapping relies on, and accepts what the entity writes;
 * each column no entity maps is reported, as an error if inserts through the entity must fail.
 */
final class EntityColumns {
  private final Comparison cmp;
  private final Catalog database;

  EntityColumns(Comparison cmp, Catalog database) {
    this.cmp = cmp;
    this.database = database;
  }

  void compare(Table entity, MappedTable mapped, Table actual) {
    QualifiedName table = entity.name();
    for (Column c : entity.columns()) {
      MappedColumn m = mapped.columns().getOrDefault(c.name(), unmappedFacts(c));
      Column db = actual.column(c.name()).orElse(null);
      if (db == null) {
        cmp.missing(
            FindingKind.COLUMN_MISSING,
            "column",
            table.member(c.name()),
            true,
            Ddl.columnDefinition(c),
            Fix.sql(Ddl.alterTable(table, "ADD COLUMN " + Ddl.columnDefinition(c))));
        continue;
      }
      type(table, c, m, db);
      nullability(table, c, m, db);
      generation(table, m, db);
      enumLabels(table, m, db);
      if (c.defaultExpression() != null
          && !Equivalence.sameDefault(c.defaultExpression(), db.defaultExpression())) {
        cmp.changed(
            FindingKind.COLUMN_DEFAULT,
            table.member(c.name()),
            "default",
            c.defaultExpression(),
            db.defaultExpression(),
            Fix.sql(alter(table, c, "SET DEFAULT " + c.defaultExpression())));
      }
    }
    for (Column db : actual.columns()) {
      if (entity.column(db.name()).isEmpty()) {
        unmapped(table, db);
      }
    }
  }

  /** A column Hibernate added on its own (a discriminator, a key): nothing beyond its type. */
  private static MappedColumn unmappedFacts(Column c) {
    return new MappedColumn(
        c.name(), null, null, null, null, null, true, true, false, false, false, null);
  }

  private void type(QualifiedName table, Column c, MappedColumn m, Column db) {
    EntityTypes.Mismatch mismatch = EntityTypes.mismatch(m, c.type(), db.type(), database);
    if (mismatch == null) {
      return;
    }
    String object = table.member(c.name());
    String actual = Equivalence.canonicalType(db.type());
    if (mismatch.defaultLength()) {
      cmp.explained(
          FindingKind.COLUMN_TYPE,
          Severity.WARNING,
          object,
          mismatch.expected(),
          actual,
          object
              + ": the entities map JPA's default length 255, "
              + cmp.rightLabel()
              + " has "
              + actual
              + ": reading works, but values longer than 255 cannot be written through the entity",
          Fix.none("declare the column's length in the mapping (@Column(length = ...))"));
    } else if (mismatch.isType()) {
      cmp.changed(
          FindingKind.COLUMN_TYPE,
          object,
          "type",
          mismatch.expected(),
          actual,
          Fix.sql(alter(table, c, "TYPE " + mismatch.expected())));
    } else {
      cmp.explained(
          FindingKind.COLUMN_TYPE,
          object,
          mismatch.expected(),
          actual,
          object
              + ": the entities need "
              + mismatch.expected()
              + ", "
              + cmp.rightLabel()
              + " has "
              + actual,
          Fix.none("change the attribute's mapping or the column's type"));
    }
  }

  /**
   * A primitive attribute is NOT NULL whatever its {@code @Column} says: it never writes a null,
   * and cannot read one. A column only subclasses of a SINGLE_TABLE hierarchy map is nullable
   * whatever the mapping says: the other classes' rows leave it null.
   */
  private void nullability(QualifiedName table, Column c, MappedColumn m, Column db) {
    String object = table.member(c.name());
    boolean notNull = (c.notNull() || m.primitive()) && !m.subclassOnly();
    if (notNull && !db.notNull()) {
      cmp.changed(
          FindingKind.COLUMN_NULLABLE,
          object,
          "nullability",
          "NOT NULL",
          "NULL",
          Fix.sql(alter(table, c, "SET NOT NULL")));
    } else if (!notNull && db.notNull() && (m.insertable() || m.updatable())) {
      cmp.explained(
          FindingKind.COLUMN_NULLABLE,
          object,
          "NULL",
          "NOT NULL",
          object
              + " is NOT NULL in "
              + cmp.rightLabel()
              + (m.subclassOnly()
                  ? ", but only some classes of its SINGLE_TABLE hierarchy map it: inserting the"
                      + " others fails"
                  : ", but the entities map it as optional: writing null fails"),
          Fix.none(
              "map the attribute with nullable = false (optional = false for an association), or "
                  + alter(table, c, "DROP NOT NULL")));
    }
  }

  /** The database must generate what the entity leaves out, and accept what the entity writes. */
  private void generation(QualifiedName table, MappedColumn m, Column db) {
    String object = table.member(db.name());
    boolean serial =
        db.defaultExpression() != null && db.defaultExpression().startsWith("nextval(");
    if (m.identity() && db.identity() == null && !serial) {
      cmp.explained(
          FindingKind.COLUMN_IDENTITY,
          object,
          "GENERATED BY DEFAULT AS IDENTITY",
          null,
          object
              + " is mapped with GenerationType.IDENTITY, but in "
              + cmp.rightLabel()
              + " it is neither an identity nor a serial column: inserts have no id",
          Fix.sql(alter(table, db, "ADD GENERATED BY DEFAULT AS IDENTITY")));
    } else if (!m.identity()
        && m.insertable()
        && db.identity() != null
        && db.identity().generation() == Identity.Generation.ALWAYS) {
      cmp.explained(
          FindingKind.COLUMN_IDENTITY,
          object,
          "values assigned by the application",
          db.identity().toString(),
          object
              + " is GENERATED ALWAYS AS IDENTITY in "
              + cmp.rightLabel()
              + ", but the entities insert their own values: inserts fail",
          Fix.sql(alter(table, db, "SET GENERATED BY DEFAULT")));
    }
    if (db.generatedExpression() != null && (m.insertable() || m.updatable())) {
      cmp.explained(
          FindingKind.COLUMN_GENERATED,
          object,
          "written by the application",
          "GENERATED ALWAYS AS (" + db.generatedExpression() + ") STORED",
          object
              + " is a generated column in "
              + cmp.rightLabel()
              + ", but the entities write it: inserts and updates fail",
          Fix.none("map the attribute with insertable = false, updatable = false"));
    }
  }

  /**
   * A Java enum stored as a PostgreSQL enum must have exactly its labels. (Stored by name or
   * ordinal in a PostgreSQL enum column, it has the wrong type, which the type rule reports.)
   */
  private void enumLabels(QualifiedName table, MappedColumn m, Column db) {
    EnumMapping mapping = m.enumMapping();
    QualifiedName type = EntityTypes.enumName(db.type(), database);
    if (mapping == null || mapping.storage() != EnumMapping.Storage.NAMED || type == null) {
      return;
    }
    EnumType e = database.enums().get(type);
    List<String> missing =
        mapping.constants().stream().filter(k -> !e.labels().contains(k)).toList();
    List<String> extra = e.labels().stream().filter(l -> !mapping.constants().contains(l)).toList();
    if (missing.isEmpty() && extra.isEmpty()) {
      return;
    }
    String object = table.member(db.name());
    cmp.explained(
        FindingKind.ENUM_VALUES,
        object,
        String.join(", ", mapping.constants()),
        String.join(", ", e.labels()),
        object
            + ": the Java enum and enum type "
            + type
            + " in "
            + cmp.rightLabel()
            + " differ"
            + (missing.isEmpty() ? "" : "; writing " + String.join(", ", missing) + " fails")
            + (extra.isEmpty() ? "" : "; reading " + String.join(", ", extra) + " fails"),
        missing.isEmpty()
            ? Fix.none("add the constants " + String.join(", ", extra) + " to the Java enum")
            : Fix.sql(addLabels(type, missing)));
  }

  private static String addLabels(QualifiedName type, List<String> labels) {
    StringBuilder sql = new StringBuilder();
    for (String label : labels) {
      sql.append(sql.length() > 0 ? "\n" : "")
          .append("ALTER TYPE ")
          .append(qualified(type))
          .append(" ADD VALUE IF NOT EXISTS ")
          .append(literal(label))
          .append(";");
    }
    return sql.toString();
  }

  private void unmapped(QualifiedName table, Column db) {
    String object = table.member(db.name());
    boolean required =
        db.notNull()
            && Equivalence.canonicalDefault(db.defaultExpression()) == null
            && db.identity() == null
            && db.generatedExpression() == null;
    if (required) {
      cmp.explained(
          FindingKind.COLUMN_UNMAPPED_REQUIRED,
          object,
          null,
          Ddl.columnDefinition(db),
          object
              + " is NOT NULL without a default in "
              + cmp.rightLabel()
              + ", and no entity maps it: inserts through the entity fail",
          Fix.none("map the column, give it a DEFAULT, or " + alter(table, db, "DROP NOT NULL")));
    } else {
      cmp.explained(
          FindingKind.COLUMN_UNMAPPED,
          object,
          null,
          Ddl.columnDefinition(db),
          object + " in " + cmp.rightLabel() + " is mapped by no entity",
          Fix.none("nothing to do unless the application needs the column"));
    }
  }

  private static String alter(QualifiedName table, Column c, String action) {
    return Ddl.alterTable(table, "ALTER COLUMN " + ident(c.name()) + " " + action);
  }
}
