package dev.driftgate.diff;

import static dev.driftgate.diff.SqlNames.columns;
import static dev.driftgate.diff.SqlNames.ident;
import static dev.driftgate.diff.SqlNames.literal;
import static dev.driftgate.diff.SqlNames.qualified;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.CheckConstraint;
import dev.driftgate.model.Column;
import dev.driftgate.model.ExclusionConstraint;
import dev.driftgate.model.ForeignKey;
import dev.driftgate.model.Identity;
import dev.driftgate.model.Index;
import dev.driftgate.model.PrimaryKey;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Rule;
import dev.driftgate.model.SequenceOptions;
import dev.driftgate.model.Statistics;
import dev.driftgate.model.Table;
import dev.driftgate.model.Trigger;
import dev.driftgate.model.UniqueConstraint;
import dev.driftgate.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Renders model objects as the DDL that creates or changes them; the vocabulary of every fix. */
public final class Ddl {
  private Ddl() {}

  public static String createTable(Table t) {
    List<String> parts = new ArrayList<>();
    if (t.partitionOf() == null) {
      t.columns().forEach(c -> parts.add(columnDefinition(c)));
    }
    if (t.primaryKey() != null) {
      parts.add(constraint(t.primaryKey()));
    }
    // CREATE TABLE validates every constraint it declares: NOT VALID ones are added afterwards;
    // so are foreign keys, whose referenced table may not exist yet (or reference this one)
    List<String> notValid = new ArrayList<>();
    t.foreignKeys().forEach(fk -> notValid.add(constraint(fk)));
    t.uniqueConstraints().forEach(u -> parts.add(constraint(u)));
    t.checks().forEach(c -> (c.validated() ? parts : notValid).add(constraint(c)));
    t.exclusions().forEach(x -> parts.add(constraint(x)));
    StringBuilder sql = new StringBuilder("CREATE ");
    sql.append(t.unlogged() ? "UNLOGGED " : "").append("TABLE ").append(qualified(t.name()));
    if (t.partitionOf() != null) {
      sql.append(" PARTITION OF ").append(qualified(t.partitionOf()));
    }
    if (!parts.isEmpty()) {
      sql.append(" (\n    ").append(String.join(",\n    ", parts)).append("\n)");
    }
    if (t.partitionBound() != null) {
      sql.append(" ").append(t.partitionBound());
    }
    if (t.partitionKey() != null) {
      sql.append(" PARTITION BY ").append(t.partitionKey());
    }
    sql.append(";");
    notValid.forEach(c -> sql.append("\n").append(addConstraint(t.name(), c)));
    String storage =
        storageParameters("ALTER TABLE " + qualified(t.name()), List.of(), t.options());
    sql.append(storage.isEmpty() ? "" : "\n" + storage);
    if (!"DEFAULT".equals(t.replicaIdentity())) {
      sql.append("\n").append(replicaIdentity(t.name(), t.replicaIdentity()));
    }
    t.indexes().forEach(i -> sql.append("\n").append(createIndex(i, t.name())));
    String rowSecurity = rowSecurity(t.name(), Table.RowSecurity.OFF, t.rowSecurity());
    sql.append(rowSecurity.isEmpty() ? "" : "\n" + rowSecurity);
    t.policies().forEach(p -> sql.append("\n").append(Members.POLICY.create().apply(t.name(), p)));
    t.triggers().forEach(tr -> sql.append("\n").append(createTrigger(tr)));
    t.rules().forEach(r -> sql.append("\n").append(createRule(t.name(), r)));
    t.statistics().forEach(s -> sql.append("\n").append(createStatistics(s)));
    if (t.comment() != null) {
      sql.append("\n").append(comment("TABLE " + qualified(t.name()), t.comment()));
    }
    for (Column c : t.columns()) {
      if (c.comment() != null) {
        sql.append("\n")
            .append(comment("COLUMN " + qualified(t.name()) + "." + ident(c.name()), c.comment()));
      }
    }
    return sql.toString();
  }

  /** A view dropped, then created again: see {@link #viewAgain}. */
  public record Recreation(String drop, String create) {}

  /**
   * A view of {@code catalog} dropped and created again as it was, with its indexes, rules,
   * options, comment and grants: for a view whose columns' types change under it.
   */
  public static Recreation viewAgain(View v, Catalog catalog) {
    String grants = PrivilegeDdl.grantsOn(v.name(), catalog);
    return new Recreation(
        ObjectDdl.dropView(v), ObjectDdl.createView(v) + (grants.isEmpty() ? "" : "\n" + grants));
  }

  public static String columnDefinition(Column c) {
    StringBuilder sql = new StringBuilder(ident(c.name())).append(' ').append(c.type());
    if (c.collation() != null) {
      sql.append(" COLLATE ").append(ident(c.collation()));
    }
    if (c.generatedExpression() != null) {
      sql.append(" GENERATED ALWAYS AS (").append(c.generatedExpression()).append(") STORED");
    }
    if (c.identity() != null) {
      sql.append(' ').append(identity(c.identity()));
    }
    if (c.defaultExpression() != null) {
      sql.append(" DEFAULT ").append(c.defaultExpression());
    }
    if (c.notNull()) {
      sql.append(" NOT NULL");
    }
    return sql.toString();
  }

  public static String identity(Identity identity) {
    String options = sequenceOptions(identity.options(), true);
    return "GENERATED "
        + identity.generation().sql()
        + " AS IDENTITY"
        + (options.isEmpty() ? "" : " (" + options + ")");
  }

  /** Sequence options that differ from what PostgreSQL would pick by itself for the data type. */
  public static String sequenceOptions(SequenceOptions o, boolean omitType) {
    List<String> parts = new ArrayList<>();
    if (!omitType) {
      parts.add("AS " + o.dataType());
    }
    boolean ascending = o.increment() > 0;
    long typeMax = maxOf(o.dataType());
    if (o.start() != (ascending ? o.min() : o.max())) {
      parts.add("START WITH " + o.start());
    }
    if (o.increment() != 1) {
      parts.add("INCREMENT BY " + o.increment());
    }
    if (o.min() != (ascending ? 1 : -typeMax - 1)) {
      parts.add("MINVALUE " + o.min());
    }
    if (o.max() != (ascending ? typeMax : -1)) {
      parts.add("MAXVALUE " + o.max());
    }
    if (o.cache() != 1) {
      parts.add("CACHE " + o.cache());
    }
    if (o.cycle()) {
      parts.add("CYCLE");
    }
    return String.join(" ", parts);
  }

  private static long maxOf(String dataType) {
    return switch (dataType) {
      case "smallint" -> Short.MAX_VALUE;
      case "integer" -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
  }

  public static String constraint(PrimaryKey pk) {
    return "CONSTRAINT " + ident(pk.name()) + " PRIMARY KEY (" + columns(pk.columns()) + ")";
  }

  public static String constraint(ForeignKey fk) {
    String sql =
        "CONSTRAINT "
            + ident(fk.name())
            + " FOREIGN KEY ("
            + columns(fk.columns())
            + ") REFERENCES "
            + qualified(fk.referencedTable())
            + " ("
            + columns(fk.referencedColumns())
            + ")";
    if (!"SIMPLE".equals(fk.match())) {
      sql += " MATCH " + fk.match();
    }
    if (fk.onUpdate() != dev.driftgate.model.ReferentialAction.NO_ACTION) {
      sql += " ON UPDATE " + fk.onUpdate().sql();
    }
    if (fk.onDelete() != dev.driftgate.model.ReferentialAction.NO_ACTION) {
      sql += " ON DELETE " + fk.onDelete().sql();
    }
    return sql + deferral(fk.deferrable(), fk.initiallyDeferred()) + notValid(fk.validated());
  }

  public static String constraint(UniqueConstraint u) {
    return "CONSTRAINT "
        + ident(u.name())
        + " UNIQUE"
        + (u.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
        + " ("
        + columns(u.columns())
        + ")"
        + deferral(u.deferrable(), u.initiallyDeferred());
  }

  public static String constraint(CheckConstraint c) {
    return "CONSTRAINT " + ident(c.name()) + " " + c.expression() + notValid(c.validated());
  }

  public static String constraint(ExclusionConstraint x) {
    return "CONSTRAINT " + ident(x.name()) + " " + x.definition();
  }

  private static String notValid(boolean validated) {
    return validated ? "" : " NOT VALID";
  }

  public static String validateConstraint(QualifiedName table, String name) {
    return alterTable(table, "VALIDATE CONSTRAINT " + ident(name));
  }

  private static String deferral(boolean deferrable, boolean initiallyDeferred) {
    return (deferrable ? " DEFERRABLE" : "") + (initiallyDeferred ? " INITIALLY DEFERRED" : "");
  }

  public static String alterTable(QualifiedName table, String action) {
    return "ALTER TABLE " + qualified(table) + " " + action + ";";
  }

  public static String addConstraint(QualifiedName table, String constraintClause) {
    return alterTable(table, "ADD " + constraintClause);
  }

  public static String dropConstraint(QualifiedName table, String name) {
    return alterTable(table, "DROP CONSTRAINT " + ident(name));
  }

  public static String renameConstraint(QualifiedName table, String from, String to) {
    return alterTable(table, "RENAME CONSTRAINT " + ident(from) + " TO " + ident(to));
  }

  public static String createIndex(Index index, QualifiedName table) {
    String storage =
        storageParameters(
            "ALTER INDEX " + qualified(QualifiedName.of(table.schema(), index.name())),
            List.of(),
            index.options());
    return index
            .shape()
            .replaceFirst(
                "INDEX ON ", "INDEX " + Matcher.quoteReplacement(ident(index.name())) + " ON ")
        + ";"
        + (storage.isEmpty() ? "" : "\n" + storage);
  }

  /** Storage parameters as findings show them: sorted, {@code fillfactor=70, ...}. */
  public static String storageText(List<String> options) {
    return Equivalence.storageParameters(options).entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * {@code <alter> SET (...)} and {@code <alter> RESET (...)} that take the storage parameters
   * {@code from} to {@code to}; {@code alter} is {@code ALTER TABLE public.t}, say. Empty when
   * nothing changes.
   */
  public static String storageParameters(String alter, List<String> from, List<String> to) {
    java.util.SortedMap<String, String> before = Equivalence.storageParameters(from);
    java.util.SortedMap<String, String> after = Equivalence.storageParameters(to);
    List<String> set = new ArrayList<>();
    for (String option : to) {
      int eq = option.indexOf('=');
      String name = eq < 0 ? option : option.substring(0, eq);
      if (!after.get(name).equals(before.get(name))) {
        set.add(name + " = " + literal(eq < 0 ? "true" : option.substring(eq + 1)));
      }
    }
    List<String> reset = before.keySet().stream().filter(k -> !after.containsKey(k)).toList();
    List<String> sql = new ArrayList<>();
    if (!set.isEmpty()) {
      sql.add(alter + " SET (" + String.join(", ", set) + ");");
    }
    if (!reset.isEmpty()) {
      sql.add(alter + " RESET (" + String.join(", ", reset) + ");");
    }
    return String.join("\n", sql);
  }

  public static String replicaIdentity(QualifiedName table, String identity) {
    return alterTable(
        table,
        "REPLICA IDENTITY "
            + (identity.startsWith("USING INDEX ")
                ? "USING INDEX " + ident(identity.substring("USING INDEX ".length()))
                : identity));
  }

  /** {@code ENABLE}/{@code DISABLE} and {@code FORCE}/{@code NO FORCE ROW LEVEL SECURITY}. */
  static String rowSecurity(QualifiedName table, Table.RowSecurity from, Table.RowSecurity to) {
    List<String> sql = new ArrayList<>();
    if (from.enabled() != to.enabled()) {
      sql.add(alterTable(table, (to.enabled() ? "ENABLE" : "DISABLE") + " ROW LEVEL SECURITY"));
    }
    if (from.forced() != to.forced()) {
      sql.add(alterTable(table, (to.forced() ? "FORCE" : "NO FORCE") + " ROW LEVEL SECURITY"));
    }
    return String.join("\n", sql);
  }

  public static String dropIndex(QualifiedName table, String name) {
    return "DROP INDEX " + qualified(QualifiedName.of(table.schema(), name)) + ";";
  }

  public static String renameIndex(QualifiedName table, String from, String to) {
    return "ALTER INDEX "
        + qualified(QualifiedName.of(table.schema(), from))
        + " RENAME TO "
        + ident(to)
        + ";";
  }

  public static String createTrigger(Trigger trigger) {
    return trigger
            .definition()
            .replaceFirst(
                "TRIGGER ", "TRIGGER " + Matcher.quoteReplacement(ident(trigger.name())) + " ")
        + ";";
  }

  /** {@code CREATE OR REPLACE RULE}, and {@code DISABLE RULE} for a disabled one. */
  public static String createRule(QualifiedName table, Rule rule) {
    return rule.definition()
            .replaceFirst(
                "^CREATE RULE AS",
                "CREATE OR REPLACE RULE " + Matcher.quoteReplacement(ident(rule.name())) + " AS")
        + ";"
        + (rule.enabled() ? "" : "\n" + enableRule(table, rule));
  }

  /** Gives a rule of the table the enabled state of {@code rule}. */
  public static String enableRule(QualifiedName table, Rule rule) {
    return alterTable(
        table, (rule.enabled() ? "ENABLE" : "DISABLE") + " RULE " + ident(rule.name()));
  }

  public static String dropRule(QualifiedName table, String name) {
    return "DROP RULE " + ident(name) + " ON " + qualified(table) + ";";
  }

  /** {@code CREATE STATISTICS}, and its statistics target where it is not the default. */
  public static String createStatistics(Statistics s) {
    return s.definition()
            .replaceFirst(
                "^CREATE STATISTICS",
                "CREATE STATISTICS " + Matcher.quoteReplacement(qualified(s.name())))
        + ";"
        + (s.target() == -1 ? "" : "\n" + statisticsTarget(s.name(), s.target()));
  }

  public static String statisticsTarget(QualifiedName name, int target) {
    return "ALTER STATISTICS " + qualified(name) + " SET STATISTICS " + target + ";";
  }

  public static String dropTrigger(QualifiedName table, String name) {
    return "DROP TRIGGER " + ident(name) + " ON " + qualified(table) + ";";
  }

  /** {@code COMMENT ON <target> IS '<text>'}; a null text removes the comment. */
  public static String comment(String target, String text) {
    return "COMMENT ON " + target + " IS " + literal(text) + ";";
  }
}
