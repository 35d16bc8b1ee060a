package dev.driftgate.report;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Severity;
import dev.driftgate.report.RenderOptions.Detail;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terminal report: checks grouped by tier, findings grouped by object, each with both sides,
 * {@code file:line} and the fix. Plain text unless colours are asked for, so CI logs stay readable.
 */
final class TextRenderer implements Renderer {
  private static final String FINDING_INDENT = "           ";
  private final RenderOptions options;
  private final Ansi ansi;

  TextRenderer(RenderOptions options) {
    this.options = options;
    this.ansi = new Ansi(options.color());
  }

  @Override
  public void render(Report report, Writer out) throws IOException {
    StringBuilder s = new StringBuilder();
    if (options.detail() == Detail.FULL) {
      full(s, report);
    } else if (options.detail() == Detail.SUMMARY) {
      report.findings().forEach(f -> s.append(oneLine(f)).append('\n'));
    }
    if (options.timings()) {
      timings(s, report);
    }
    s.append(verdict(report)).append('\n');
    out.write(s.toString());
  }

  private void full(StringBuilder s, Report report) {
    s.append("driftgate ")
        .append(report.command())
        .append(' ')
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
        s.append('\n').append(ansi.bold("tier " + tier)).append('\n');
      }
      check(s, check);
    }
    if (!report.notes().isEmpty()) {
      s.append('\n');
    }
    report.notes().forEach(note -> s.append("note: ").append(Visible.line(note)).append('\n'));
    s.append('\n');
  }

  private void check(StringBuilder s, CheckResult check) {
    String mark = check.skipped() != null ? "skip" : check.failed() ? "FAIL" : "ok";
    String padded = String.format(Locale.ROOT, "%-6s", "[" + mark + "]");
    s.append("  ")
        .append(check.skipped() != null ? ansi.yellow(padded) : paintMark(padded, check))
        .append(String.format(Locale.ROOT, " %-34s ", check.check().title()));
    s.append(Visible.line(check.detail()));
    s.append('\n');
    Map<String, List<Finding>> byObject = new LinkedHashMap<>();
    for (Finding f : check.findings()) {
      byObject.computeIfAbsent(f.object(), o -> new ArrayList<>()).add(f);
    }
    byObject.forEach(
        (object, findings) -> {
          s.append("         ").append(ansi.bold(Visible.line(object))).append('\n');
          findings.forEach(f -> finding(s, f));
        });
  }

  private String paintMark(String mark, CheckResult check) {
    return check.failed() ? ansi.red(mark) : ansi.green(mark);
  }

  private void finding(StringBuilder s, Finding f) {
    s.append(FINDING_INDENT)
        .append(severity(f.severity()))
        .append(' ')
        .append(f.kind().id())
        .append(": ")
        .append(indent(Visible.text(f.message()), FINDING_INDENT + "  "))
        .append('\n');
    for (String line : FindingDetail.lines(f)) {
      s.append(FINDING_INDENT)
          .append("  ")
          .append(indent(Visible.text(line), FINDING_INDENT + "    "));
      s.append('\n');
    }
  }

  private String oneLine(Finding f) {
    String where = f.location() == null ? "" : "  " + f.location();
    return severity(f.severity()) + " " + f.kind().id() + " " + Visible.line(f.object() + where);
  }

  private void timings(StringBuilder s, Report report) {
    s.append("timings\n");
    for (Timing t : report.timings()) {
      s.append(String.format(Locale.ROOT, "  %-40s %7d ms%n", t.phase(), t.millis()));
    }
    s.append(String.format(Locale.ROOT, "  %-40s %7d ms%n%n", "total", report.millis()));
  }

  private String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> ansi.red(severity.id());
      case WARNING -> ansi.yellow(severity.id());
      case INFO -> ansi.cyan(severity.id());
    };
  }

  private String verdict(Report report) {
    String line = Verdict.line(report);
    return report.status() == Report.Status.CLEAN
        ? ansi.bold(ansi.green(line))
        : ansi.bold(ansi.red(line));
  }

  /** Keeps a multi-line value inside its column. */
  private static String indent(String text, String indent) {
    return text.replace("\n", "\n" + indent);
  }
}
