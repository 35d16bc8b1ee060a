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
 * The terminal report. By default a summary of root causes per tier, then the checks grouped by
 * tier with each root cause once: its message, both sides' {@code file:line}, long bodies as a
 * diff, the fix's first line and the findings it causes one line each ({@link CompactFinding}).
 * With {@code --verbose} every finding in full, grouped by object, with both values and the whole
 * fix, related findings indented under their cause. Plain text unless colours are asked for, so CI
 * logs stay readable.
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
    } else if (options.detail() == Detail.COMPACT) {
      compact(s, report);
    } else if (options.detail() == Detail.SUMMARY) {
      for (Finding f : report.findings()) {
        s.append(oneLine(f)).append('\n');
        f.related().forEach(r -> s.append("  ").append(oneLine(r)).append('\n'));
      }
    }
    if (options.timings()) {
      timings(s, report);
    }
    s.append(verdict(report)).append('\n');
    out.write(s.toString());
  }

  private void compact(StringBuilder s, Report report) {
    header(s, report);
    if (!report.findings().isEmpty()) {
      s.append('\n');
      TextSummary.lines(report).forEach(line -> s.append(line).append('\n'));
    }
    tiers(s, report, this::compactFindings);
  }

  private void compactFindings(StringBuilder s, CheckResult check) {
    for (Finding f : check.findings()) {
      s.append("    ")
          .append(severity(f.severity()))
          .append(' ')
          .append(f.kind().id())
          .append(": ")
          .append(CompactFinding.message(f))
          .append('\n');
      for (String line : CompactFinding.details(f)) {
        s.append("      ").append(Visible.text(line)).append('\n');
      }
    }
  }

  private void full(StringBuilder s, Report report) {
    header(s, report);
    tiers(s, report, this::findingsByObject);
  }

  private void header(StringBuilder s, Report report) {
    s.append("driftgate ")
        .append(report.command())
        .append(' ')
        .append(report.project())
        .append(" (PostgreSQL ")
        .append(report.serverVersion())
        .append(", ")
        .append(report.serverMode())
        .append(")\n");
  }

  /** How a check's findings are listed under its line. */
  private interface Findings {
    void list(StringBuilder s, CheckResult check);
  }

  private void tiers(StringBuilder s, Report report, Findings findings) {
    String tier = null;
    for (CheckResult check : report.checks()) {
      if (!check.tier().equals(tier)) {
        tier = check.tier();
        s.append('\n').append(ansi.bold("tier " + tier)).append('\n');
      }
      check(s, check);
      findings.list(s, check);
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
  }

  private void findingsByObject(StringBuilder s, CheckResult check) {
    Map<String, List<Finding>> byObject = new LinkedHashMap<>();
    for (Finding f : check.findings()) {
      byObject.computeIfAbsent(f.object(), o -> new ArrayList<>()).add(f);
    }
    byObject.forEach(
        (object, findings) -> {
          s.append("         ").append(ansi.bold(Visible.line(object))).append('\n');
          findings.forEach(f -> finding(s, f, FINDING_INDENT));
        });
  }

  private String paintMark(String mark, CheckResult check) {
    return check.failed() ? ansi.red(mark) : ansi.green(mark);
  }

  private void finding(StringBuilder s, Finding f, String indent) {
    s.append(indent)
        .append(severity(f.severity()))
        .append(' ')
        .append(f.kind().id())
        .append(": ")
        .append(indent(Visible.text(f.message()), indent + "  "))
        .append('\n');
    for (String line : FindingDetail.lines(f)) {
      s.append(indent).append("  ").append(indent(Visible.text(line), indent + "    "));
      s.append('\n');
    }
    if (!f.related().isEmpty()) {
      s.append(indent).append("  related (").append(f.related().size()).append("):\n");
      f.related().forEach(r -> finding(s, r, indent + "    "));
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
