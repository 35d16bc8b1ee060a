package dev.driftgate.cli;

import dev.driftgate.app.migrate.DatabaseReport;
import dev.driftgate.app.migrate.MigrateReport;
import dev.driftgate.report.Visible;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The end of every {@code migrate} run: one row per database (tenant, status, duration, what was
 * applied or what failed), then one line of totals.
 */
final class SummaryTable {
  private SummaryTable() {}

  static void print(PrintWriter out, MigrateReport report, boolean dryRun) {
    if (dryRun) {
      out.println("plan (dry run: nothing is applied)");
    }
    int width =
        Math.max(8, report.databases().stream().mapToInt(d -> d.label().length()).max().orElse(8));
    String row = "%-" + width + "s  %-8s %-11s %9s  %s";
    line(out, row, "DATABASE", "TIER", "STATUS", "DURATION", "DETAIL");
    for (DatabaseReport d : report.databases()) {
      line(out, row, d.label(), d.tier(), status(d), seconds(d.millis()), Visible.line(detail(d)));
      d.notes().forEach(n -> line(out, row, "", "", "", "", "note: " + Visible.line(n)));
    }
    out.println(totals(report));
    out.flush();
  }

  private static void line(PrintWriter out, String format, Object... cells) {
    out.println(String.format(Locale.ROOT, format, cells).stripTrailing());
  }

  static String status(DatabaseReport d) {
    return d.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.2fs", millis / 1000.0);
  }

  private static String detail(DatabaseReport d) {
    if (d.error() != null) {
      return d.error();
    }
    if (d.status() == DatabaseReport.Status.PLANNED) {
      return d.migrations().isEmpty()
          ? "nothing pending"
          : "pending: " + String.join(", ", d.migrations());
    }
    return String.join(", ", d.migrations());
  }

  private static String totals(MigrateReport r) {
    StringBuilder sb = new StringBuilder().append(r.databases().size()).append(" database(s)");
    for (DatabaseReport.Status s : DatabaseReport.Status.values()) {
      long n = r.count(s);
      if (n > 0) {
        sb.append(", ")
            .append(n)
            .append(' ')
            .append(s.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    return sb.append(" in ").append(seconds(r.millis())).toString();
  }
}
