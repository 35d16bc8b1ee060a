package dev.driftgate.report;

import dev.driftgate.diff.Severity;
import java.util.Locale;

/** The verdict of a run in words, shared by the formats that state it. */
final class Verdict {
  private Verdict() {}

  /** {@code CLEAN: no drift (0 errors, 0 warnings, 0 info) in 9.8 s} or {@code DRIFT: …}. */
  static String line(Report report) {
    String time = String.format(Locale.ROOT, "%.1f s", report.millis() / 1000.0);
    return report.status() == Report.Status.CLEAN
        ? "CLEAN: no drift (" + counts(report) + ") in " + time
        : "DRIFT: " + counts(report) + " in " + time;
  }

  /**
   * {@code 1 error, 2 warnings, 0 info}, counting root causes; {@code (+5 related)} after them when
   * root causes carry related findings.
   */
  static String counts(Report report) {
    int related = report.allFindings().size() - report.findings().size();
    return counts(
            report.count(Severity.ERROR),
            report.count(Severity.WARNING),
            report.count(Severity.INFO))
        + (related == 0 ? "" : " (+" + related + " related)");
  }

  static String counts(long errors, long warnings, long info) {
    return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + info + " info";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
