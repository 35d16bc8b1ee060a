package dev.driftgate.diff;

import static dev.driftgate.diff.SqlNames.literal;
import static dev.driftgate.diff.SqlNames.qualified;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.EnumType;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares an enum type present on both sides. Label order matters (it is the sort order), and the
 * fix uses what PostgreSQL can do in place where it can (add a label before or after another,
 * rename one), else rewrites the type ({@link EnumRewrite}).
 */
final class EnumDiff {
  private EnumDiff() {}

  /**
   * @param before the catalog of the side the fix changes, whose columns a rewrite moves
   */
  static void compare(Comparison cmp, EnumType l, EnumType r, Catalog before) {
    if (!l.labels().equals(r.labels())) {
      cmp.changed(
          FindingKind.ENUM_VALUES,
          l.name().toString(),
          "labels",
          String.join(", ", l.labels()),
          String.join(", ", r.labels()),
          fix(l, r, before));
    }
    cmp.comment(l.name().toString(), "TYPE " + qualified(l.name()), l.comment(), r.comment());
  }

  private static Fix fix(EnumType l, EnumType r, Catalog before) {
    List<String> renames = renames(l, r);
    if (!renames.isEmpty()) {
      return Fix.sql(String.join("\n", renames));
    }
    List<String> kept = r.labels().stream().filter(l.labels()::contains).toList();
    if (!kept.equals(l.labels())) {
      return EnumRewrite.of(l, r, before);
    }
    List<String> sql = new ArrayList<>();
    for (int i = 0; i < r.labels().size(); i++) {
      String label = r.labels().get(i);
      if (!l.labels().contains(label)) {
        sql.add(addValue(l, label, r.labels(), i));
      }
    }
    return Fix.sql(String.join("\n", sql));
  }

  /** Same number of labels, differing only in place: each differing position is a rename. */
  private static List<String> renames(EnumType l, EnumType r) {
    List<String> sql = new ArrayList<>();
    if (l.labels().size() != r.labels().size()) {
      return sql;
    }
    for (int i = 0; i < l.labels().size(); i++) {
      String from = l.labels().get(i);
      String to = r.labels().get(i);
      if (!from.equals(to)) {
        if (r.labels().contains(from) || l.labels().contains(to)) {
          return List.of(); // a label moved: not a rename
        }
        sql.add(
            "ALTER TYPE "
                + qualified(l.name())
                + " RENAME VALUE "
                + literal(from)
                + " TO "
                + literal(to)
                + ";");
      }
    }
    return sql;
  }

  private static String addValue(EnumType l, String label, List<String> target, int index) {
    String next = index + 1 < target.size() ? target.get(index + 1) : null;
    String position = next != null && l.labels().contains(next) ? " BEFORE " + literal(next) : "";
    return "ALTER TYPE "
        + qualified(l.name())
        + " ADD VALUE IF NOT EXISTS "
        + literal(label)
        + position
        + ";";
  }
}
