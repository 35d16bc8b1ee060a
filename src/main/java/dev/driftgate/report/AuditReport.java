package dev.driftgate.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@code audit}: one row per database, in the order the fleet lists them. The JSON
 * and text formats show the rows as they are; the other formats render {@link #asReport()}, one
 * check per database.
 *
 * @param project the project directory as the user named it
 * @param serverMode the mode of the server the replays were built on
 * @param serverVersion its PostgreSQL version
 * @param replays how many replay states were built (one per tier and ledger position met)
 * @param notes lines worth telling the user that are not rows ("12 databases taken from the state
 *     file")
 */
public record AuditReport(
    String project,
    String serverMode,
    String serverVersion,
    List<DatabaseAudit> databases,
    int replays,
    List<String> notes,
    long millis) {
  public AuditReport {
    databases = List.copyOf(databases);
    notes = List.copyOf(notes);
  }

  /** How many databases are in each status, every status listed. */
  public Map<AuditStatus, Long> summary() {
    Map<AuditStatus, Long> counts = new EnumMap<>(AuditStatus.class);
    for (AuditStatus s : AuditStatus.values()) {
      counts.put(s, databases.stream().filter(d -> d.status() == s).count());
    }
    return counts;
  }

  /** Whether every database passes: clean, or behind unless {@code failOnBehind}. */
  public boolean passes(boolean failOnBehind) {
    return databases.stream().allMatch(d -> d.status().passes(failOnBehind));
  }

  /** The audit as a report of checks: one per database, its row's findings and detail. */
  public Report asReport() {
    List<CheckResult> checks =
        databases.stream()
            .map(
                d ->
                    new CheckResult(
                        d.name(),
                        Check.AUDIT,
                        d.findings(),
                        null,
                        d.status().id() + (d.detail() == null ? "" : ": " + d.detail()),
                        d.millis()))
            .toList();
    return new Report(
        "audit", project, serverMode, serverVersion, checks, notes, List.of(), millis);
  }
}
