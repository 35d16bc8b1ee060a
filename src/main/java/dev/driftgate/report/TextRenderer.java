package dev.driftgate.report;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The terminal report: checks grouped by tier, each finding with both sides, where, and the fix.
 */
final class TextRenderer implements Renderer {

  @Override
  public void render(Report report, Writer out) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("driftgate verify ")
        .append(report.project())
        .append(" (PostgreSQL ")
        .append(report.serverVersion())
        .append(", ")
        .append(report.serverMode())
        .append(")\n");
    String tier = null;
    for (CheckResult check : report.checks()) {
      if (!check.tier().equals(tier)) {
        tier = check.tier();
        s.append("\ntier ").append(tier).append('\n');
      }
      check(s, check);
    }
    for (String note : report.notes()) {
      s.append("\nnote: ").append(note);
    }
    s.append("\n\n").append(verdict(report)).append('\n');
    out.write(s.toString());
  }

  private static void check(StringBuilder s, CheckResult check) {
    String mark = check.skipped() != null ? "skip" : check.failed() ? "FAIL" : "ok";
    s.append(String.format(Locale.ROOT, "  %-5s %-34s ", "[" + mark + "]", check.check().title()));
    if (check.skipped() != null) {
      s.append(check.skipped());
    } else if (!check.findings().isEmpty()) {
      s.append(counts(check.findings()));
    } else {
      s.append(check.summary() == null ? "" : check.summary());
    }
    s.append('\n');
    for (Finding f : check.findings()) {
      finding(s, f);
    }
  }

  private static void finding(StringBuilder s, Finding f) {
    s.append("      ")
        .append(f.severity().id())
        .append(' ')
        .append(f.kind().id())
        .append(' ')
        .append(f.object())
        .append('\n');
    s.append("        ").append(f.message()).append('\n');
    String where = where(f);
    if (!where.isEmpty()) {
      s.append("        at ").append(where).append('\n');
    }
    if (f.fix() instanceof Fix.Sql sql) {
      s.append("        fix: ").append(sql.sql().replace("\n", "\n             ")).append('\n');
    } else if (f.fix() instanceof Fix.None none) {
      s.append("        no fix: ").append(none.reason()).append('\n');
    }
  }

  private static String where(Finding f) {
    StringBuilder w = new StringBuilder();
    if (f.leftLocation() != null) {
      w.append(f.leftLocation()).append(" (").append(f.left().id()).append(')');
    }
    if (f.rightLocation() != null && f.right() != null) {
      w.append(w.length() > 0 ? ", " : "")
          .append(f.rightLocation())
          .append(" (")
          .append(f.right().id())
          .append(')');
    }
    return w.toString();
  }

  private static String counts(List<Finding> findings) {
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long info = findings.size() - errors - warnings;
    return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + info + " info";
  }

  private static String verdict(Report report) {
    String counts =
        plural(report.count(Severity.ERROR), "error")
            + ", "
            + plural(report.count(Severity.WARNING), "warning")
            + ", "
            + report.count(Severity.INFO)
            + " info";
    String time = String.format(Locale.ROOT, "%.1f s", report.millis() / 1000.0);
    return report.status() == Report.Status.CLEAN
        ? "CLEAN: no drift (" + counts + ") in " + time
        : "DRIFT: " + counts + " in " + time;
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
