package dev.driftgate.report;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Fix;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * GitHub-flavoured Markdown for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}: the verdict
 * first, a table of findings, the fixes and the checks folded away in {@code <details>}. A root
 * cause's related findings follow it in the table, marked {@code ↳}, and are counted apart.
 */
final class MarkdownRenderer implements Renderer {

  @Override
  public void render(Report report, Writer out) throws IOException {
    StringBuilder s = new StringBuilder();
    boolean clean = report.status() == Report.Status.CLEAN;
    s.append("### ")
        .append(clean ? "✅ driftgate: no drift" : "❌ driftgate: drift")
        .append(" (")
        .append(Verdict.counts(report))
        .append(")\n\n");
    s.append("Project ")
        .append(text(report.project()))
        .append(" · PostgreSQL ")
        .append(text(report.serverVersion()))
        .append(" (")
        .append(text(report.serverMode()))
        .append(") · ")
        .append(String.format(Locale.ROOT, "%.1f s", report.millis() / 1000.0))
        .append("\n\n");
    List<Finding> findings = report.findings();
    if (!findings.isEmpty()) {
      findings(s, findings);
      fixes(s, findings);
    }
    for (String note : report.notes()) {
      s.append("> ").append(text(note)).append("\n\n");
    }
    checks(s, report.checks());
    out.write(s.toString());
  }

  private static void findings(StringBuilder s, List<Finding> findings) {
    s.append("| Severity | Tier | Kind | Object | Location | Message |\n");
    s.append("| --- | --- | --- | --- | --- | --- |\n");
    for (Finding f : findings) {
      row(s, f, "");
      f.related().forEach(r -> row(s, r, "↳ "));
    }
    s.append('\n');
  }

  private static void row(StringBuilder s, Finding f, String nesting) {
    String where =
        Stream.of(f.leftLocation(), f.rightLocation())
            .filter(l -> l != null)
            .map(MarkdownRenderer::text)
            .collect(Collectors.joining("<br>"));
    row(
        s,
        f.severity().id(),
        text(f.tier()),
        "`" + f.kind().id() + "`",
        nesting + text(f.object()),
        where,
        text(f.message()));
  }

  private static void fixes(StringBuilder s, List<Finding> findings) {
    s.append("<details>\n<summary>Fixes</summary>\n\n");
    for (Finding f : findings) {
      fix(s, f, "");
      f.related().forEach(r -> fix(s, r, "↳ "));
    }
    s.append("</details>\n\n");
  }

  private static void fix(StringBuilder s, Finding f, String nesting) {
    s.append(nesting)
        .append("**")
        .append(text(f.object()))
        .append("** (`")
        .append(f.kind().id())
        .append("`)");
    if (f.fix() instanceof Fix.Sql sql) {
      String fence = fence(sql.sql());
      s.append("\n\n").append(fence).append("sql\n").append(Visible.text(sql.sql())).append('\n');
      s.append(fence).append("\n\n");
    } else if (f.fix() instanceof Fix.None none) {
      s.append(": no fix: ").append(text(none.reason())).append("\n\n");
    } else {
      s.append("\n\n");
    }
  }

  private static void checks(StringBuilder s, List<CheckResult> checks) {
    long failed = checks.stream().filter(CheckResult::failed).count();
    long skipped = checks.stream().filter(c -> c.skipped() != null).count();
    s.append("<details>\n<summary>Checks: ")
        .append(checks.size() - failed - skipped)
        .append(" passed, ")
        .append(failed)
        .append(" failed, ")
        .append(skipped)
        .append(" skipped</summary>\n\n");
    s.append("| Tier | Check | Result | Detail |\n| --- | --- | --- | --- |\n");
    for (CheckResult c : checks) {
      String result = c.skipped() != null ? "skipped" : c.failed() ? "❌ failed" : "✅ passed";
      row(s, text(c.tier()), text(c.check().title()), result, text(c.detail()));
    }
    s.append("\n</details>\n");
  }

  private static void row(StringBuilder s, String... cells) {
    s.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  /** A code fence longer than any run of backticks in the code. */
  private static String fence(String code) {
    int longest = 0;
    int run = 0;
    for (char c : code.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  /**
   * Inline text that renders as itself: control characters escaped ({@link Visible}), Markdown and
   * HTML punctuation escaped, line breaks as {@code <br>} so a table cell stays on one row.
   */
  private static String text(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(raw.length());
    for (char c : Visible.text(raw).toCharArray()) {
      switch (c) {
        case '\n' -> s.append("<br>");
        case '&' -> s.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '$', '#' ->
            s.append('\\').append(c);
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
