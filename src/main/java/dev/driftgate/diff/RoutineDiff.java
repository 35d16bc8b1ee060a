package dev.driftgate.diff;

import dev.driftgate.model.Routine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Compares a function or procedure present on both sides, attribute by attribute. */
final class RoutineDiff {
  private RoutineDiff() {}

  static void compare(Comparison cmp, Routine l, Routine r) {
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    differ(expected, actual, "kind", l.kind(), r.kind());
    differ(expected, actual, "arguments", l.arguments(), r.arguments());
    differ(expected, actual, "returns", l.result(), r.result());
    differ(expected, actual, "language", l.language(), r.language());
    differ(expected, actual, "volatility", l.volatility(), r.volatility());
    differ(expected, actual, "strict", l.strict(), r.strict());
    differ(expected, actual, "security definer", l.securityDefiner(), r.securityDefiner());
    differ(expected, actual, "settings", l.settings(), r.settings());
    if (!Equivalence.sameBody(l.body(), r.body())) {
      expected.add("body: " + l.body().strip());
      actual.add("body: " + r.body().strip());
    }
    if (!expected.isEmpty()) {
      cmp.changed(
          FindingKind.FUNCTION_MISMATCH,
          l.signature(),
          "definition",
          String.join("; ", expected),
          String.join("; ", actual),
          replaceable(l, r) ? fix(r) : dropAndCreate(l, r));
    }
    cmp.comment(l.signature(), commentTarget(l), l.comment(), r.comment());
  }

  /**
   * CREATE OR REPLACE cannot change a routine's kind, result type or argument names: those need the
   * old one dropped first.
   */
  private static boolean replaceable(Routine l, Routine r) {
    return l.kind() == r.kind()
        && Objects.equals(l.result(), r.result())
        && Objects.equals(l.arguments(), r.arguments());
  }

  private static Fix dropAndCreate(Routine l, Routine r) {
    return fix(r) instanceof Fix.Sql
        ? Fix.sql(ObjectDdl.dropRoutine(l) + "\n" + create(r))
        : fix(r);
  }

  private static String commentTarget(Routine r) {
    String kind = r.kind() == Routine.Kind.PROCEDURE ? "PROCEDURE " : "FUNCTION ";
    return kind + SqlNames.qualified(r.name()) + "(" + r.argumentTypes() + ")";
  }

  /** The routine as a missing one is created: its definition, then its comment. */
  static String create(Routine r) {
    return fix(r) instanceof Fix.Sql sql
        ? sql.sql() + (r.comment() == null ? "" : "\n" + Ddl.comment(commentTarget(r), r.comment()))
        : "";
  }

  static Fix fix(Routine r) {
    return r.definition() == null
        ? Fix.none(
            "aggregates are not rendered; copy the CREATE AGGREGATE statement from the other side")
        : Fix.sql(r.definition().strip() + ";");
  }

  private static void differ(
      List<String> expected, List<String> actual, String what, Object l, Object r) {
    if (!Objects.equals(l, r)) {
      expected.add(what + ": " + l);
      actual.add(what + ": " + r);
    }
  }
}
