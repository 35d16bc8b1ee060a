package dev.driftgate.cli;

import dev.driftgate.app.Migrate;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a fan-out on a terminal: one line per finished database on stderr. Quiet when stderr
 * is not a terminal (CI logs get the summary table only).
 */
final class ProgressLine {
  private ProgressLine() {}

  static Migrate.Progress forTerminal(PrintWriter err) {
    if (System.console() == null) {
      return (report, done, total) -> {};
    }
    return (report, done, total) -> {
      err.printf(
          Locale.ROOT,
          "[%" + String.valueOf(total).length() + "d/%d] %-20s %-10s %s%n",
          done,
          total,
          report.label(),
          SummaryTable.status(report),
          SummaryTable.seconds(report.millis()));
      err.flush();
    };
  }
}
