package dev.driftgate.diff;

import static dev.driftgate.diff.SqlNames.qualified;

import dev.driftgate.model.View;

/** Compares a view or materialized view present on both sides. */
final class ViewDiff {
  private ViewDiff() {}

  static void compare(Comparison cmp, View l, View r) {
    if (l == r || l.equals(r)) {
      return; // equal models give no finding (TableDiff.compare)
    }
    differences(cmp, l, r);
  }

  /** {@link #compare} without the shortcut for equal models. */
  static void differences(Comparison cmp, View l, View r) {
    String object = l.name().toString();
    if (l.materialized() != r.materialized()
        || !Equivalence.canonicalExpression(l.definition().strip())
            .equals(Equivalence.canonicalExpression(r.definition().strip()))) {
      cmp.changed(
          FindingKind.VIEW_MISMATCH, object, "definition", describe(l), describe(r), fix(l, r));
    }
    MemberDiff.compare(cmp, l.name(), l.indexes(), r.indexes(), Members.INDEX);
    MemberDiff.compare(cmp, l.name(), l.rules(), r.rules(), Members.RULE);
    String storage =
        Ddl.storageParameters(
            "ALTER MATERIALIZED VIEW " + qualified(l.name()), l.options(), r.options());
    if (l.materialized() && r.materialized() && !storage.isEmpty()) {
      cmp.changed(
          FindingKind.TABLE_OPTIONS,
          object,
          "storage parameters",
          Ddl.storageText(l.options()),
          Ddl.storageText(r.options()),
          Fix.sql(storage));
    }
    String kind = l.materialized() ? "MATERIALIZED VIEW " : "VIEW ";
    cmp.comment(object, kind + qualified(l.name()), l.comment(), r.comment());
  }

  private static String describe(View v) {
    return (v.materialized() ? "MATERIALIZED VIEW AS " : "VIEW AS ") + v.definition().strip();
  }

  /**
   * Dropped and created again, even where CREATE OR REPLACE VIEW could append columns: the old
   * definition may use a function, column or view that other fixes drop before views are created.
   */
  private static Fix fix(View l, View r) {
    return Fix.sql(ObjectDdl.dropView(l) + "\n" + ObjectDdl.createView(r));
  }
}
