package dev.driftgate.diff;

import dev.driftgate.model.QualifiedName;
import java.util.List;
import java.util.Objects;

/** Compares one kind of table member across two sides, following its {@link Member} description. */
final class MemberDiff {
  private MemberDiff() {}

  static <T> void compare(
      Comparison cmp, QualifiedName table, List<T> left, List<T> right, Member<T> m) {
    new ShapeMatcher<>(m.shape(), m.name())
        .match(
            left,
            right,
            new ShapeMatcher.Visitor<>() {
              @Override
              public void sameShape(T l, T r) {
                pairedByShape(cmp, table, l, r, m);
              }

              @Override
              public void sameName(T l, T r) {
                cmp.changed(
                    m.mismatchKind(),
                    m.objectName().apply(table, l),
                    "definition",
                    m.describe().apply(l),
                    m.describe().apply(r),
                    Fix.sql(m.drop().apply(table, l) + "\n" + m.create().apply(table, r)));
              }

              @Override
              public void onlyLeft(T l) {
                cmp.missing(
                    m.missingKind(),
                    m.noun(),
                    m.objectName().apply(table, l),
                    true,
                    m.describe().apply(l),
                    Fix.sql(m.drop().apply(table, l)));
              }

              @Override
              public void onlyRight(T r) {
                cmp.missing(
                    m.missingKind(),
                    m.noun(),
                    m.objectName().apply(table, r),
                    false,
                    m.describe().apply(r),
                    Fix.sql(m.create().apply(table, r)));
              }
            });
  }

  private static <T> void pairedByShape(
      Comparison cmp, QualifiedName table, T l, T r, Member<T> m) {
    String object = m.objectName().apply(table, l);
    if (!Objects.equals(m.options().apply(l), m.options().apply(r))) {
      String inPlace = m.alter().sql(table, l, r);
      cmp.changed(
          m.optionsKind(),
          object,
          "options",
          m.options().apply(l),
          m.options().apply(r),
          Fix.sql(
              inPlace != null
                  ? inPlace
                  : m.drop().apply(table, l) + "\n" + m.create().apply(table, r)));
    }
    String leftName = m.name().apply(l);
    String rightName = m.name().apply(r);
    boolean bothGenerated =
        Equivalence.isGeneratedName(table.name(), leftName)
            && Equivalence.isGeneratedName(table.name(), rightName);
    if (!leftName.equals(rightName) && !bothGenerated) {
      cmp.changed(
          m.mismatchKind(),
          Severity.WARNING,
          object,
          "name",
          leftName,
          rightName,
          Fix.sql(m.rename().sql(table, leftName, rightName)));
    }
  }
}
