package dev.driftgate.cli;

import dev.driftgate.app.migrate.Migrate;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a fan-out on a terminal: one line per finished database on stderr. Quiet where no
 * person watches ({@link Terminal#progress()}): CI logs and pipes get the summary table only.
 */
final class ProgressLine {
  private ProgressLine() {}

  static Migrate.Progress forTerminal(PrintWriter err, Terminal terminal) {
    if (!terminal.progress()) {
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
