package dev.driftgate.diff;

import static dev.driftgate.diff.SqlNames.qualified;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.Column;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Table;
import java.util.List;
import java.util.Optional;

/**
 * Compares one table present on both sides: its own attributes, its columns, and everything hanging
 * off it.
 */
final class TableDiff {
  private TableDiff() {}

  /**
   * @param before the catalog of the side the fixes change
   * @param after the catalog of the side they aim at: with {@code before}, what a table made again
   *     takes along ({@link TableRewrite})
   */
  static void compare(Comparison cmp, Table l, Table r, Catalog before, Catalog after) {
    // equal models (one model on both sides, where a tried migration's read shares the canonical
    // state's; or equal copies) give no finding: EqualModelsTest checks that the long way
    if (l == r || l.equals(r)) {
      return;
    }
    differences(cmp, l, r, before, after);
  }

  /** {@link #compare} without the shortcut for equal models. */
  static void differences(Comparison cmp, Table l, Table r, Catalog before, Catalog after) {
    attributes(cmp, l, r, () -> structureFix(l, r, before, after));
    ColumnDiff.compare(cmp, l, r);
    QualifiedName t = l.name();
    MemberDiff.compare(
        cmp, t, optional(l.primaryKey()), optional(r.primaryKey()), Members.PRIMARY_KEY);
    members(cmp, l, r);
  }

  /**
   * The parts of a table present on one side only, each as its own finding, so that the report can
   * list them under the table's ({@link RootCauses}): constraints but the primary key (part of the
   * table's definition), indexes, triggers, policies, rules, statistics, row security and comments.
   * Columns are the table's definition itself and are not listed.
   */
  static void parts(Comparison cmp, Table table, boolean onLeft) {
    Table bare = bare(table);
    Table l = onLeft ? table : bare;
    Table r = onLeft ? bare : table;
    attributes(cmp, l, r, () -> Fix.none("the table's own finding creates or drops it"));
    members(cmp, l, r);
    for (Column c : table.columns()) {
      String target = "COLUMN " + qualified(table.name()) + "." + SqlNames.ident(c.name());
      String comment = c.comment();
      cmp.comment(
          table.name().member(c.name()), target, onLeft ? comment : null, onLeft ? null : comment);
    }
  }

  private static void members(Comparison cmp, Table l, Table r) {
    QualifiedName t = l.name();
    MemberDiff.compare(cmp, t, l.foreignKeys(), r.foreignKeys(), Members.FOREIGN_KEY);
    MemberDiff.compare(cmp, t, l.uniqueConstraints(), r.uniqueConstraints(), Members.UNIQUE);
    MemberDiff.compare(cmp, t, l.checks(), r.checks(), Members.CHECK);
    MemberDiff.compare(cmp, t, l.exclusions(), r.exclusions(), Members.EXCLUSION);
    MemberDiff.compare(cmp, t, l.indexes(), r.indexes(), Members.INDEX);
    MemberDiff.compare(cmp, t, l.triggers(), r.triggers(), Members.TRIGGER);
    MemberDiff.compare(cmp, t, l.policies(), r.policies(), Members.POLICY);
    MemberDiff.compare(cmp, t, l.rules(), r.rules(), Members.RULE);
    MemberDiff.compare(cmp, t, l.statistics(), r.statistics(), Members.STATISTICS);
  }

  private static void attributes(
      Comparison cmp, Table l, Table r, java.util.function.Supplier<Fix> structureFix) {
    String object = l.name().toString();
    String structure = structure(l);
    if (!structure.equals(structure(r))) {
      cmp.changed(
          FindingKind.TABLE_MISMATCH,
          object,
          "structure",
          structure,
          structure(r),
          structureFix.get());
    }
    if (!l.rowSecurity().equals(r.rowSecurity())) {
      cmp.changed(
          FindingKind.POLICY_MISMATCH,
          object,
          "row level security",
          rls(l.rowSecurity()),
          rls(r.rowSecurity()),
          Fix.sql(rlsFix(l, r)));
    }
    String storage =
        Ddl.storageParameters("ALTER TABLE " + qualified(l.name()), l.options(), r.options());
    if (!storage.isEmpty()) {
      cmp.changed(
          FindingKind.TABLE_OPTIONS,
          object,
          "storage parameters",
          Ddl.storageText(l.options()),
          Ddl.storageText(r.options()),
          Fix.sql(storage));
    }
    if (!l.replicaIdentity().equals(r.replicaIdentity())) {
      cmp.changed(
          FindingKind.TABLE_OPTIONS,
          object,
          "replica identity",
          l.replicaIdentity(),
          r.replicaIdentity(),
          Fix.sql(Ddl.replicaIdentity(l.name(), r.replicaIdentity())));
    }
    cmp.comment(object, "TABLE " + qualified(l.name()), l.comment(), r.comment());
  }

  /** The same table with nothing hanging off it, as the side a missing table is compared with. */
  private static Table bare(Table t) {
    return new Table(
        t.name(),
        t.kind(),
        t.unlogged(),
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Table.RowSecurity.OFF,
        List.of(),
        List.of(),
        List.of(),
        t.partitionKey(),
        t.partitionOf(),
        t.partitionBound(),
        List.of(),
        "DEFAULT",
        null);
  }

  /** Persistence can be altered in place; a table's kind and partitioning cannot. */
  private static Fix structureFix(Table l, Table r, Catalog before, Catalog after) {
    Table logged =
        new Table(
            l.name(),
            l.kind(),
            r.unlogged(),
            l.columns(),
            l.primaryKey(),
            l.foreignKeys(),
            l.uniqueConstraints(),
            l.checks(),
            l.exclusions(),
            l.indexes(),
            l.triggers(),
            l.rowSecurity(),
            l.policies(),
            l.rules(),
            l.statistics(),
            l.partitionKey(),
            l.partitionOf(),
            l.partitionBound(),
            l.options(),
            l.replicaIdentity(),
            l.comment());
    if (structure(logged).equals(structure(r))) {
      return Fix.sql(Ddl.alterTable(l.name(), r.unlogged() ? "SET UNLOGGED" : "SET LOGGED"));
    }
    if (onlyBoundDiffers(l, r)) {
      return Fix.sql(
          Ddl.alterTable(l.partitionOf(), "DETACH PARTITION " + qualified(l.name()))
              + "\n"
              + Ddl.alterTable(
                  l.partitionOf(),
                  "ATTACH PARTITION " + qualified(l.name()) + " " + r.partitionBound()));
    }
    // the kind or partitioning cannot be altered in place
    return TableRewrite.of(l, r, before, after);
  }

  /** A partition of the same parent with other bounds: detached and attached again. */
  private static boolean onlyBoundDiffers(Table l, Table r) {
    return l.partitionOf() != null
        && l.partitionOf().equals(r.partitionOf())
        && r.partitionBound() != null
        && l.unlogged() == r.unlogged()
        && l.kind() == r.kind()
        && java.util.Objects.equals(l.partitionKey(), r.partitionKey());
  }

  private static String structure(Table t) {
    StringBuilder s = new StringBuilder(t.kind().name().toLowerCase().replace('_', ' '));
    if (t.unlogged()) {
      s.insert(0, "unlogged ");
    }
    if (t.partitionKey() != null) {
      s.append(" PARTITION BY ").append(t.partitionKey());
    }
    if (t.partitionOf() != null) {
      s.append(" PARTITION OF ").append(t.partitionOf()).append(' ').append(t.partitionBound());
    }
    return s.toString();
  }

  private static String rls(Table.RowSecurity rs) {
    return (rs.enabled() ? "enabled" : "disabled") + (rs.forced() ? ", forced" : "");
  }

  private static String rlsFix(Table l, Table r) {
    return Ddl.rowSecurity(l.name(), l.rowSecurity(), r.rowSecurity());
  }

  private static <T> List<T> optional(T item) {
    return Optional.ofNullable(item).stream().toList();
  }
}
