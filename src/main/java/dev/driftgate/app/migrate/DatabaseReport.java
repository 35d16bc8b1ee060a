package dev.driftgate.app.migrate;

import java.util.List;

/**
 * One database in a runner summary.
 *
 * @param label the tenant slug, or the database name
 * @param migrations applied by this run, or pending ({@link Status#PLANNED}, a dry run)
 * @param notes what the summary should mention: statements run outside a transaction, repaired
 *     checksums
 * @param error one line (what, where, how to fix), or null
 */
public record DatabaseReport(
    String tier,
    String label,
    String database,
    Status status,
    long millis,
    List<String> migrations,
    List<String> notes,
    String error) {

  public DatabaseReport {
    migrations = List.copyOf(migrations);
    notes = List.copyOf(notes);
  }

  /** How the database came out of the run. */
  public enum Status {
    /** This run applied at least one migration. */
    APPLIED,
    /** Nothing was pending. */
    UP_TO_DATE,
    /** A dry run: {@code migrations} are pending. */
    PLANNED,
    FAILED,
    /** Not attempted: {@code --fail-fast}, or an earlier tier failed. */
    SKIPPED
  }

  public boolean failed() {
    return status == Status.FAILED;
  }

  static DatabaseReport failed(Target t, long millis, String error) {
    return new DatabaseReport(
        t.tier(), t.label(), t.database(), Status.FAILED, millis, List.of(), List.of(), error);
  }

  static DatabaseReport skipped(Target t, String why) {
    return new DatabaseReport(
        t.tier(), t.label(), t.database(), Status.SKIPPED, 0, List.of(), List.of(), why);
  }
}
