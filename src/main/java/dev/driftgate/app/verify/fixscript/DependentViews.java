package dev.driftgate.app.verify.fixscript;

import dev.driftgate.diff.Ddl;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.SqlNames;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.View;
import dev.driftgate.sqlscript.ScriptItem;
import dev.driftgate.sqlscript.SqlLexer;
import dev.driftgate.sqlscript.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The views that stand in the way of a column's type change or of a table made again: PostgreSQL
 * refuses to change the type of a column a view selects, and to drop a table a view selects from.
 * Such a view, and every view that selects from it, is dropped before and created again after, as
 * the database being fixed has it (it is unchanged: a changed view's own fix already drops it).
 */
final class DependentViews {
  private static final Pattern TABLE =
      Pattern.compile("^(?:ALTER|DROP)\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?(\\S+)");

  private DependentViews() {}

  /** {@code statements} and, after them, the drops and creations of the views in the way. */
  static List<FixStatement> around(List<FixStatement> statements, Catalog before) {
    Set<String> changed = new LinkedHashSet<>();
    Set<String> dropped = new LinkedHashSet<>();
    for (FixStatement s : statements) {
      if (s.phase() == FixPhase.DROP_VIEW) {
        s.name().ifPresent(dropped::add);
      } else if (changesTypes(s.phase())) {
        Matcher m = TABLE.matcher(s.sql());
        if (m.find()) {
          changed.add(m.group(1));
        }
      }
    }
    List<View> inTheWay = inTheWay(changed, dropped, before);
    List<FixStatement> result = new ArrayList<>(statements);
    for (View v : inTheWay) {
      Ddl.Recreation again = Ddl.viewAgain(v, before);
      add(result, again.drop());
      add(result, again.create());
    }
    return result;
  }

  private static boolean changesTypes(FixPhase phase) {
    return phase == FixPhase.ALTER_COLUMN_TYPE
        || phase == FixPhase.ALTER_COLUMN_TO_BUILT_IN_TYPE
        || phase.rewrites();
  }

  /** The views that select from a changed table, or from such a view, not dropped already. */
  private static List<View> inTheWay(Set<String> changed, Set<String> dropped, Catalog before) {
    List<View> found = new ArrayList<>();
    Set<String> reached = new LinkedHashSet<>(changed);
    boolean grew = !changed.isEmpty();
    while (grew) {
      grew = false;
      for (View v : before.views().values()) {
        String name = SqlNames.qualified(v.name());
        if (!found.contains(v) && !dropped.contains(name) && selectsFrom(v, reached)) {
          found.add(v);
          reached.add(name);
          grew = true;
        }
      }
    }
    return found;
  }

  private static boolean selectsFrom(View v, Set<String> names) {
    return names.stream()
        .map(FixStatement::mention)
        .anyMatch(p -> p.matcher(v.definition()).find());
  }

  private static void add(List<FixStatement> statements, String sql) {
    for (ScriptItem item : SqlLexer.split(sql, "view")) {
      if (item instanceof Statement statement) {
        statements.add(
            FixStatement.of(
                statement, FixPhase.of(statement), FindingKind.VIEW_MISMATCH, statements.size()));
      }
    }
  }
}
