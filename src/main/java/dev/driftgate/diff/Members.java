package dev.driftgate.diff;

import static dev.driftgate.diff.SqlNames.ident;
import static dev.driftgate.diff.SqlNames.qualified;

import dev.driftgate.model.CheckConstraint;
import dev.driftgate.model.ExclusionConstraint;
import dev.driftgate.model.ForeignKey;
import dev.driftgate.model.Index;
import dev.driftgate.model.Policy;
import dev.driftgate.model.PrimaryKey;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Rule;
import dev.driftgate.model.Statistics;
import dev.driftgate.model.Trigger;
import dev.driftgate.model.UniqueConstraint;

/** The {@link Member} description of every kind of object that hangs off a table. */
public final class Members {
  private Members() {}

  /** A primary key as findings show it. */
  public static String describe(PrimaryKey pk) {
    return PRIMARY_KEY.describe().apply(pk);
  }

  /** A foreign key as findings show it. */
  public static String describe(ForeignKey fk) {
    return FOREIGN_KEY.describe().apply(fk);
  }

  static final Member<PrimaryKey> PRIMARY_KEY =
      new Member<>(
          "primary key",
          FindingKind.PRIMARY_KEY_MISMATCH,
          FindingKind.PRIMARY_KEY_MISMATCH,
          PrimaryKey::name,
          pk -> pk.columns().toString(),
          pk -> "",
          pk -> "PRIMARY KEY (" + SqlNames.columns(pk.columns()) + ")",
          Member.ofTable(PrimaryKey::name),
          (t, pk) -> Ddl.addConstraint(t, Ddl.constraint(pk)),
          (t, pk) -> Ddl.dropConstraint(t, pk.name()),
          Ddl::renameConstraint,
          Member.noAlter());

  static final Member<ForeignKey> FOREIGN_KEY =
      new Member<>(
          "foreign key",
          FindingKind.FOREIGN_KEY_MISSING,
          FindingKind.FOREIGN_KEY_MISMATCH,
          ForeignKey::name,
          ForeignKey::shape,
          ForeignKey::options,
          fk -> Ddl.constraint(fk).replaceFirst("^CONSTRAINT \\S+ ", ""),
          Member.ofTable(ForeignKey::name),
          (t, fk) -> Ddl.addConstraint(t, Ddl.constraint(fk)),
          (t, fk) -> Ddl.dropConstraint(t, fk.name()),
          Ddl::renameConstraint,
          (t, l, r) ->
              validates(l.validated(), r.validated(), l.options(), r.options())
                  ? Ddl.validateConstraint(t, l.name())
                  : null);

  static final Member<UniqueConstraint> UNIQUE =
      new Member<>(
          "unique constraint",
          FindingKind.UNIQUE_MISSING,
          FindingKind.UNIQUE_MISMATCH,
          UniqueConstraint::name,
          u -> u.columns().toString(),
          UniqueConstraint::options,
          u -> Ddl.constraint(u).replaceFirst("^CONSTRAINT \\S+ ", ""),
          Member.ofTable(UniqueConstraint::name),
          (t, u) -> Ddl.addConstraint(t, Ddl.constraint(u)),
          (t, u) -> Ddl.dropConstraint(t, u.name()),
          Ddl::renameConstraint,
          Member.noAlter());

  static final Member<CheckConstraint> CHECK =
      new Member<>(
          "check constraint",
          FindingKind.CHECK_MISSING,
          FindingKind.CHECK_MISMATCH,
          CheckConstraint::name,
          c -> Equivalence.canonicalExpression(c.expression()),
          Members::checkOptions,
          c -> Ddl.constraint(c).replaceFirst("^CONSTRAINT \\S+ ", ""),
          Member.ofTable(CheckConstraint::name),
          (t, c) -> Ddl.addConstraint(t, Ddl.constraint(c)),
          (t, c) -> Ddl.dropConstraint(t, c.name()),
          Ddl::renameConstraint,
          (t, l, r) ->
              validates(l.validated(), r.validated(), checkOptions(l), checkOptions(r))
                  ? Ddl.validateConstraint(t, l.name())
                  : null);

  static final Member<ExclusionConstraint> EXCLUSION =
      new Member<>(
          "exclusion constraint",
          FindingKind.EXCLUSION_MISSING,
          FindingKind.EXCLUSION_MISMATCH,
          ExclusionConstraint::name,
          ExclusionConstraint::definition,
          x -> "",
          ExclusionConstraint::definition,
          Member.ofTable(ExclusionConstraint::name),
          (t, x) -> Ddl.addConstraint(t, Ddl.constraint(x)),
          (t, x) -> Ddl.dropConstraint(t, x.name()),
          Ddl::renameConstraint,
          Member.noAlter());

  /** Indexes are schema objects: findings name them {@code schema.index}. */
  static final Member<Index> INDEX =
      new Member<>(
          "index",
          FindingKind.INDEX_MISSING,
          FindingKind.INDEX_MISMATCH,
          Index::name,
          i -> Equivalence.canonicalExpression(i.shape()),
          i -> Ddl.storageText(i.options()),
          Index::shape,
          (t, i) -> QualifiedName.of(t.schema(), i.name()).toString(),
          (t, i) -> Ddl.createIndex(i, t),
          (t, i) -> Ddl.dropIndex(t, i.name()),
          Ddl::renameIndex,
          (t, l, r) ->
              Ddl.storageParameters(
                  "ALTER INDEX " + qualified(QualifiedName.of(t.schema(), l.name())),
                  l.options(),
                  r.options()),
          FindingKind.TABLE_OPTIONS);

  static final Member<Trigger> TRIGGER =
      new Member<>(
          "trigger",
          FindingKind.TRIGGER_MISSING,
          FindingKind.TRIGGER_MISMATCH,
          Trigger::name,
          Trigger::definition,
          tr -> tr.enabled() ? "ENABLED" : "DISABLED",
          Trigger::definition,
          Member.ofTable(Trigger::name),
          (t, tr) ->
              Ddl.createTrigger(tr)
                  + (tr.enabled()
                      ? ""
                      : "\n" + Ddl.alterTable(t, "DISABLE TRIGGER " + ident(tr.name()))),
          (t, tr) -> Ddl.dropTrigger(t, tr.name()),
          (t, from, to) ->
              "ALTER TRIGGER "
                  + ident(from)
                  + " ON "
                  + qualified(t)
                  + " RENAME TO "
                  + ident(to)
                  + ";",
          Member.noAlter());

  static final Member<Policy> POLICY =
      new Member<>(
          "policy",
          FindingKind.POLICY_MISSING,
          FindingKind.POLICY_MISMATCH,
          Policy::name,
          Members::policyShape,
          p -> "",
          Members::policyShape,
          Member.ofTable(Policy::name),
          (t, p) ->
              "CREATE POLICY "
                  + ident(p.name())
                  + " ON "
                  + qualified(t)
                  + " "
                  + policyShape(p)
                  + ";",
          (t, p) -> "DROP POLICY " + ident(p.name()) + " ON " + qualified(t) + ";",
          (t, from, to) ->
              "ALTER POLICY "
                  + ident(from)
                  + " ON "
                  + qualified(t)
                  + " RENAME TO "
                  + ident(to)
                  + ";",
          Member.noAlter());

  static final Member<Rule> RULE =
      new Member<>(
          "rule",
          FindingKind.RULE_MISSING,
          FindingKind.RULE_MISMATCH,
          Rule::name,
          Rule::definition,
          ru -> ru.enabled() ? "ENABLED" : "DISABLED",
          Rule::definition,
          Member.ofTable(Rule::name),
          Ddl::createRule,
          (t, ru) -> Ddl.dropRule(t, ru.name()),
          (t, from, to) ->
              "ALTER RULE " + ident(from) + " ON " + qualified(t) + " RENAME TO " + ident(to) + ";",
          (t, l, r) -> Ddl.enableRule(t, new Rule(l.name(), l.definition(), r.enabled())));

  /**
   * Statistics objects are schema objects: findings name them {@code schema.statistics}. Paired by
   * their simple name; a rename keeps the schema of the left one.
   */
  static final Member<Statistics> STATISTICS =
      new Member<>(
          "statistics object",
          FindingKind.STATISTICS_MISSING,
          FindingKind.STATISTICS_MISMATCH,
          s -> s.name().name(),
          Statistics::definition,
          s -> s.target() == -1 ? "" : "STATISTICS " + s.target(),
          Statistics::definition,
          (t, s) -> s.name().toString(),
          (t, s) -> Ddl.createStatistics(s),
          (t, s) -> "DROP STATISTICS " + qualified(s.name()) + ";",
          (t, from, to) ->
              "ALTER STATISTICS "
                  + qualified(QualifiedName.of(t.schema(), from))
                  + " RENAME TO "
                  + ident(to)
                  + ";",
          (t, l, r) -> Ddl.statisticsTarget(l.name(), r.target()));

  private static String checkOptions(CheckConstraint c) {
    return ((c.noInherit() ? "NO INHERIT " : "") + (c.validated() ? "" : "NOT VALID")).trim();
  }

  /**
   * Whether validating the left constraint is all it takes: only the right one is validated, and
   * the options differ in nothing else. Invalidating one takes dropping and adding it again.
   */
  private static boolean validates(
      boolean leftValidated, boolean rightValidated, String leftOptions, String rightOptions) {
    return !leftValidated
        && rightValidated
        && leftOptions
            .replace(" NOT VALID", "")
            .replace("NOT VALID", "")
            .trim()
            .equals(rightOptions);
  }

  private static String policyShape(Policy p) {
    return "AS "
        + (p.permissive() ? "PERMISSIVE" : "RESTRICTIVE")
        + " FOR "
        + p.command()
        + " TO "
        + String.join(", ", p.roles())
        + (p.using() == null ? "" : " USING (" + p.using() + ")")
        + (p.withCheck() == null ? "" : " WITH CHECK (" + p.withCheck() + ")");
  }
}
