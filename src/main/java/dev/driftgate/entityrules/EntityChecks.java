package dev.driftgate.entityrules;

import dev.driftgate.diff.Comparison;
import dev.driftgate.diff.Ddl;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Severity;
import dev.driftgate.model.CheckConstraint;
import dev.driftgate.model.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The range checks the entities declare ({@code @Min} and {@code @Max}, which Hibernate's DDL turns
 * into checks): the database should refuse what the application's validation refuses. A missing one
 * is a warning, not an error: the entity validates before it writes, so only writes from elsewhere
 * get through. A database check counts when one of its {@code AND}ed conditions is the same
 * comparison ({@code BETWEEN 1 AND 5} covers both {@code >= 1} and {@code <= 5}).
 */
final class EntityChecks {
  private final Comparison cmp;

  EntityChecks(Comparison cmp) {
    this.cmp = cmp;
  }

  void compare(Table entity, Table actual) {
    List<String> conditions =
        actual.checks().stream().flatMap(c -> conditions(c.expression()).stream()).toList();
    for (CheckConstraint declared : entity.checks()) {
      List<String> wanted = conditions(declared.expression());
      if (!conditions.containsAll(wanted)) {
        String definition = Ddl.constraint(declared);
        cmp.explained(
            FindingKind.CHECK_MISSING,
            Severity.WARNING,
            actual.name().member(declared.name()),
            declared.expression(),
            null,
            "check "
                + declared.expression()
                + " (Bean Validation's @Min/@Max, applied to the DDL by Hibernate) is not in "
                + cmp.rightLabel()
                + ": the database accepts values the entity refuses",
            Fix.sql(Ddl.addConstraint(actual.name(), definition)));
      }
    }
  }

  /** The conditions of a check, each without parentheses, casts, quotes or spaces. */
  static List<String> conditions(String expression) {
    String body = expression.replaceFirst("(?i)^\\s*CHECK\\s*", "");
    return Arrays.stream(body.split("(?i)\\s+AND\\s+"))
        .map(
            c ->
                c.replaceAll("::[a-z ]+", "").replaceAll("[()'\"\\s]", "").toLowerCase(Locale.ROOT))
        .toList();
  }
}
