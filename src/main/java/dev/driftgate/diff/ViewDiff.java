package dev.driftgate.diff;

import static dev.driftgate.diff.SqlNames.qualified;

import dev.driftgate.model.View;

/** Compares a view or materialized view present on both sides. */
final class ViewDiff {
  private ViewDiff() {}

  static void compare(Comparison cmp, View l, View r) {
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

  /** CREATE OR REPLACE VIEW may only append columns; anything else needs the view dropped first. */
  private static Fix fix(View l, View r) {
    boolean appendOnly =
        !l.materialized()
            && !r.materialized()
            && r.columns().size() >= l.columns().size()
            && r.columns().subList(0, l.columns().size()).equals(l.columns());
    String create = ObjectDdl.createView(r);
    return Fix.sql(
        appendOnly
            ? create.replaceFirst("^CREATE VIEW", "CREATE OR REPLACE VIEW")
            : ObjectDdl.dropView(l) + "\n" + create);
  }
}
