package dev.driftgate.report;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Severity;
import java.util.List;

/**
 * Everything a run found, in the order checks ran: the one input of every renderer.
 *
 * @param command the command that produced the report: {@code verify} or {@code diff}
 * @param project the project directory as the user named it; file locations are relative to it
 * @param serverMode {@code embedded}, {@code container} or {@code external}
 * @param notes lines worth telling the user that are not findings ("no entities: entity checks
 *     skipped")
 * @param timings how long each phase took, in the order phases ended
 */
public record Report(
    String command,
    String project,
    String serverMode,
    String serverVersion,
    List<CheckResult> checks,
    List<String> notes,
    List<Timing> timings,
    long millis) {
  public Report {
    checks = List.copyOf(checks);
    notes = List.copyOf(notes);
    timings = List.copyOf(timings);
  }

  /** The verdict of SPEC §6. */
  public enum Status {
    CLEAN,
    DRIFT;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The root causes every check found; each carries the findings it causes as related. */
  public List<Finding> findings() {
    return checks.stream().flatMap(c -> c.findings().stream()).toList();
  }

  /** Every finding, root causes and related ones alike. */
  public List<Finding> allFindings() {
    return Finding.flattened(findings()).toList();
  }

  /** Drift when an error is found anywhere, a related finding's included. */
  public Status status() {
    return allFindings().stream().anyMatch(f -> f.severity() == Severity.ERROR)
        ? Status.DRIFT
        : Status.CLEAN;
  }

  /** How many root causes have {@code severity}. */
  public long count(Severity severity) {
    return findings().stream().filter(f -> f.severity() == severity).count();
  }
}
