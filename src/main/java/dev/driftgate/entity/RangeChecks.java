package dev.driftgate.entity;

import dev.driftgate.model.CheckConstraint;
import dev.driftgate.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The range checks a table's columns carry: Hibernate turns Bean Validation's {@code @Min} and
 * {@code @Max} into {@code column>=min} and {@code column<=max} checks ({@link ValidationDdl}).
 * Only these are read: the checks Hibernate derives on its own (enum values, booleans) are its
 * choice, not a declaration the database must repeat.
 */
final class RangeChecks {
  private static final Pattern RANGE = Pattern.compile("\"?(\\w+)\"?\\s*(>=|<=)\\s*(-?\\d+)");

  private RangeChecks() {}

  static List<CheckConstraint> of(QualifiedName table, org.hibernate.mapping.Table t) {
    List<CheckConstraint> checks = new ArrayList<>();
    for (org.hibernate.mapping.Column c : t.getColumns()) {
      int perColumn = 0;
      for (org.hibernate.mapping.CheckConstraint check : c.getCheckConstraints()) {
        Matcher m = RANGE.matcher(check.getConstraint().strip());
        if (ValidationDdl.CHECK_MARK.equals(check.getName())
            && m.matches()
            && m.group(1).equals(c.getName())) {
          String name = table.name() + "_" + Names.column(c) + "_check" + suffix(perColumn++);
          String expression =
              "CHECK (" + Names.column(c) + " " + m.group(2) + " " + m.group(3) + ")";
          checks.add(new CheckConstraint(name, expression, false, true));
        }
      }
    }
    return checks;
  }

  private static String suffix(int index) {
    return index == 0 ? "" : String.valueOf(index);
  }
}
