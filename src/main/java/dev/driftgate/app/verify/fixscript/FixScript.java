package dev.driftgate.app.verify.fixscript;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Fix;
import dev.driftgate.sqlscript.SqlLexer;
import dev.driftgate.sqlscript.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fix script of a run: for each tier with differences a section headed {@code -- tier <name>}
 * and the {@code \c <database>} of the canonical script, holding every fix of the tier's findings,
 * one statement after the other in an order PostgreSQL can run ({@link FixOrder}). Findings no SQL
 * can fix are listed in the section as comments, with the reason.
 */
public final class FixScript {
  private static final String HEADER =
      "-- driftgate fix script: per tier, the SQL that removes the differences between the database"
          + " built from the canonical script and the one built by the migrations\n";
  // lets a function whose body uses a table the script creates later be created first, as pg_dump
  // does
  private static final String SESSION = "SET check_function_bodies = false;\n";

  private final String text;
  private final Map<String, int[]> lines;

  private FixScript(String text, Map<String, int[]> lines) {
    this.text = text;
    this.lines = lines;
  }

  public static FixScript of(List<TierFixes> tiers) {
    StringBuilder text = new StringBuilder(HEADER);
    Map<String, int[]> lines = new LinkedHashMap<>();
    for (TierFixes tier : tiers) {
      List<FixStatement> statements = statements(tier);
      List<Finding> unfixed = tier.findings().stream().filter(f -> !hasSql(f)).toList();
      if (statements.isEmpty() && unfixed.isEmpty()) {
        continue;
      }
      text.append("\n-- tier ").append(tier.tier()).append('\n');
      if (tier.database() != null) {
        text.append("\\c ").append(tier.database()).append('\n');
      }
      unfixed.forEach(f -> text.append(comment(f)));
      int first = lineCount(text) + 1;
      text.append(statements.isEmpty() ? "" : SESSION);
      statements.forEach(s -> text.append(s.sql()).append(";\n"));
      if (!statements.isEmpty()) {
        lines.put(tier.tier(), new int[] {first, lineCount(text)});
      }
    }
    return new FixScript(text.toString(), lines);
  }

  static boolean hasSql(Finding finding) {
    return finding.fix() instanceof Fix.Sql sql && !sql.sql().isBlank();
  }

  public String text() {
    return text;
  }

  /** Whether the script has statements for {@code tier}. */
  public boolean fixes(String tier) {
    return lines.containsKey(tier);
  }

  /**
   * The statements of a tier's section, located in the script as {@code file} shows it, so that a
   * failure names the line of the script the user has.
   */
  public List<Statement> statements(String tier, String file) {
    int[] range = lines.get(tier);
    if (range == null) {
      return List.of();
    }
    return SqlLexer.split(text, file).stream()
        .filter(Statement.class::isInstance)
        .map(Statement.class::cast)
        .filter(s -> s.location().line() >= range[0] && s.location().line() <= range[1])
        .toList();
  }

  private static List<FixStatement> statements(TierFixes tier) {
    List<FixStatement> statements = new ArrayList<>();
    for (Finding finding : tier.fixable()) {
      List<Statement> fix =
          SqlLexer.split(((Fix.Sql) finding.fix()).sql(), finding.object()).stream()
              .filter(Statement.class::isInstance)
              .map(Statement.class::cast)
              .toList();
      for (Statement statement : fix) {
        statements.add(FixStatement.of(statement, fix.get(0), finding, statements.size()));
      }
    }
    return FixOrder.sort(DependentViews.around(statements, tier.before()), tier.definitions());
  }

  private static String comment(Finding f) {
    String reason = f.fix() instanceof Fix.None none ? none.reason() : "no SQL";
    return ("-- not fixed: " + f.kind().id() + " " + f.object() + ": " + reason).replace('\n', ' ')
        + '\n';
  }

  private static int lineCount(CharSequence text) {
    return (int) text.chars().filter(c -> c == '\n').count();
  }
}
