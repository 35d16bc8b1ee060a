package dev.driftgate.report;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Severity;
import java.util.List;

/**
 * The outcome of one check on one tier.
 *
 * @param skipped why the check did not run, or null if it ran
 * @param summary one line on what the check looked at ("27 tables, 7 migrations")
 */
public record CheckResult(
    String tier, Check check, List<Finding> findings, String skipped, String summary, long millis) {
  public CheckResult {
    findings = List.copyOf(findings);
  }

  public static CheckResult skipped(String tier, Check check, String reason) {
    return new CheckResult(tier, check, List.of(), reason, null, 0);
  }

  public boolean failed() {
    return Finding.flattened(findings).anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** One line for reports: why it was skipped, what it found, or what it looked at. */
  public String detail() {
    if (skipped != null) {
      return skipped;
    }
    if (!findings.isEmpty()) {
      return Verdict.counts(count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO));
    }
    return summary == null ? "" : summary;
  }

  private long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
