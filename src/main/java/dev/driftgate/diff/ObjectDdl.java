package dev.driftgate.diff;

import static dev.driftgate.diff.SqlNames.ident;
import static dev.driftgate.diff.SqlNames.qualified;

import dev.driftgate.model.Domain;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Routine;
import dev.driftgate.model.Sequence;
import dev.driftgate.model.SequenceOptions;
import dev.driftgate.model.View;
import java.util.List;

/** DDL for the schema objects that are not tables: domains, sequences, views, routines. */
final class ObjectDdl {
  private ObjectDdl() {}

  static String createDomain(Domain d) {
    StringBuilder sql =
        new StringBuilder("CREATE DOMAIN ")
            .append(qualified(d.name()))
            .append(" AS ")
            .append(d.baseType());
    if (d.collation() != null) {
      sql.append(" COLLATE ").append(ident(d.collation()));
    }
    if (d.defaultExpression() != null) {
      sql.append(" DEFAULT ").append(d.defaultExpression());
    }
    if (d.notNull()) {
      sql.append(" NOT NULL");
    }
    d.checks().forEach(c -> sql.append(' ').append(c));
    return sql.append(';')
        .append(commentAfter("DOMAIN " + qualified(d.name()), d.comment()))
        .toString();
  }

  /** A created object's comment, on a line of its own after it; empty without one. */
  static String commentAfter(String target, String comment) {
    return comment == null ? "" : "\n" + Ddl.comment(target, comment);
  }

  static String sequenceText(Sequence s) {
    String options = Ddl.sequenceOptions(s.options(), false);
    return options + (s.ownedBy() == null ? " OWNED BY NONE" : " OWNED BY " + s.ownedBy());
  }

  /** The sequence, then the column that owns it (which a fix script creates later). */
  static String createSequence(Sequence s) {
    String options = Ddl.sequenceOptions(s.options(), false);
    return "CREATE SEQUENCE "
        + qualified(s.name())
        + " "
        + options
        + ";"
        + commentAfter("SEQUENCE " + qualified(s.name()), s.comment())
        + (s.ownedBy() == null
            ? ""
            : "\nALTER SEQUENCE "
                + qualified(s.name())
                + " OWNED BY "
                + ownedBy(s.ownedBy())
                + ";");
  }

  /**
   * A sequence a column owns goes with its table or column, which the same fixes may drop first:
   * then it is already gone.
   */
  static String dropSequence(Sequence s) {
    return "DROP SEQUENCE " + (s.ownedBy() == null ? "" : "IF EXISTS ") + qualified(s.name()) + ";";
  }

  /**
   * ALTER SEQUENCE accepts every option CREATE does; spelling all of them out makes the fix exact.
   */
  static String alterSequence(Sequence s) {
    SequenceOptions o = s.options();
    return "ALTER SEQUENCE "
        + qualified(s.name())
        + " AS "
        + o.dataType()
        + " INCREMENT BY "
        + o.increment()
        + " MINVALUE "
        + o.min()
        + " MAXVALUE "
        + o.max()
        + " START WITH "
        + o.start()
        + " CACHE "
        + o.cache()
        + (o.cycle() ? " CYCLE" : " NO CYCLE")
        + (s.ownedBy() == null ? " OWNED BY NONE" : " OWNED BY " + ownedBy(s.ownedBy()))
        + ";";
  }

  /** {@code public.events.id} as a statement writes it: {@code public.events.id}, quoted. */
  static String ownedBy(String column) {
    int last = column.lastIndexOf('.');
    QualifiedName table = QualifiedName.parse(column.substring(0, last));
    return qualified(table) + "." + ident(column.substring(last + 1));
  }

  static String createView(View v) {
    String definition = v.definition().strip();
    if (definition.endsWith(";")) {
      definition = definition.substring(0, definition.length() - 1);
    }
    StringBuilder sql =
        new StringBuilder("CREATE ")
            .append(v.materialized() ? "MATERIALIZED VIEW " : "VIEW ")
            .append(qualified(v.name()))
            .append(" AS\n")
            .append(definition)
            .append(';');
    v.indexes().forEach(i -> sql.append('\n').append(Ddl.createIndex(i, v.name())));
    v.rules().forEach(r -> sql.append('\n').append(Ddl.createRule(v.name(), r)));
    String storage =
        Ddl.storageParameters(
            (v.materialized() ? "ALTER MATERIALIZED VIEW " : "ALTER VIEW ") + qualified(v.name()),
            List.of(),
            v.options());
    if (!storage.isEmpty()) {
      sql.append('\n').append(storage);
    }
    if (v.comment() != null) {
      sql.append('\n')
          .append(
              Ddl.comment(
                  (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + qualified(v.name()),
                  v.comment()));
    }
    return sql.toString();
  }

  static String dropView(View v) {
    return "DROP "
        + (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ")
        + qualified(v.name())
        + ";";
  }

  static String dropRoutine(Routine r) {
    String kind =
        switch (r.kind()) {
          case PROCEDURE -> "PROCEDURE";
          case AGGREGATE -> "AGGREGATE";
          default -> "FUNCTION";
        };
    return "DROP " + kind + " " + qualified(r.name()) + "(" + r.argumentTypes() + ");";
  }
}
