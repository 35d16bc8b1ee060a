package dev.driftgate.report;

import dev.driftgate.diff.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The terminal report of {@code audit}: one line per database (name, tier, ledger position, status,
 * detail), the findings of databases that are not clean or behind below their line, and a verdict
 * that counts databases by status.
 */
public final class AuditTextRenderer {
  private final RenderOptions options;
  private final Ansi ansi;

  public AuditTextRenderer(RenderOptions options) {
    this.options = options;
    this.ansi = new Ansi(options.color());
  }

  public void render(AuditReport report, boolean failOnBehind, Writer out) throws IOException {
    StringBuilder s = new StringBuilder();
    if (options.detail() != RenderOptions.Detail.VERDICT) {
      if (options.detail() == RenderOptions.Detail.FULL) {
        s.append("driftgate audit ")
            .append(report.project())
            .append(" (replays on PostgreSQL ")
            .append(report.serverVersion())
            .append(", ")
            .append(report.serverMode())
            .append(")\n\n");
      }
      int width = report.databases().stream().mapToInt(d -> d.name().length()).max().orElse(4);
      for (DatabaseAudit d : report.databases()) {
        if (options.detail() == RenderOptions.Detail.FULL || !d.status().passes(failOnBehind)) {
          row(s, d, width);
        }
      }
      report.notes().forEach(n -> s.append("note: ").append(n).append('\n'));
    }
    s.append(verdict(report, failOnBehind)).append('\n');
    out.write(s.toString());
  }

  private void row(StringBuilder s, DatabaseAudit d, int width) {
    String position =
        d.position() == null ? "-" : d.position() + " (" + d.applied() + "/" + d.head() + ")";
    s.append(
        String.format(
            Locale.ROOT, "  %-" + width + "s  %-8s %-36s ", d.name(), d.tier(), position));
    if (d.detail() == null) {
      s.append(status(d.status(), d.status().id())).append('\n');
    } else {
      String padded = String.format(Locale.ROOT, "%-15s", d.status().id());
      s.append(status(d.status(), padded))
          .append("  ")
          .append(Visible.line(d.detail()))
          .append('\n');
    }
    if (d.status() == AuditStatus.DRIFT || d.status() == AuditStatus.LEDGER_MISMATCH) {
      for (Finding f : d.findings()) {
        s.append("      ").append(Visible.line(f.message())).append('\n');
      }
    }
  }

  private String status(AuditStatus status, String id) {
    return switch (status) {
      case CLEAN -> ansi.green(id);
      case BEHIND -> ansi.yellow(id);
      default -> ansi.red(id);
    };
  }

  /** {@code AUDIT FAILED: 31 databases: 24 clean, 2 behind, 1 drift, … in 4.2 s}. */
  static String verdict(AuditReport report, boolean failOnBehind) {
    String counts =
        report.summary().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(e -> e.getValue() + " " + e.getKey().id())
            .collect(Collectors.joining(", "));
    return (report.passes(failOnBehind) ? "AUDIT PASSED: " : "AUDIT FAILED: ")
        + report.databases().size()
        + " database(s)"
        + (counts.isEmpty() ? "" : ": " + counts)
        + String.format(Locale.ROOT, " in %.1f s", report.millis() / 1000.0);
  }
}
