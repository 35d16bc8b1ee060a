package dev.driftgate.migrate;

import java.util.List;

/**
 * What a run did to one database: the migrations it applied (in order), the checksums it accepted
 * with {@code --repair}, how many were already applied, and the failure that stopped it, if any.
 * Earlier migrations stay applied when a later one fails; the failed one left nothing behind.
 *
 * @param failure one line (what, where, how to fix), or null
 * @param failedMigration the migration that failed, or null
 */
public record DatabaseOutcome(
    List<Applied> applied,
    List<String> repaired,
    int alreadyApplied,
    String failedMigration,
    String failure,
    long millis) {

  public DatabaseOutcome {
    applied = List.copyOf(applied);
    repaired = List.copyOf(repaired);
  }

  /** One applied migration; {@code outsideTransaction} statements ran outside its transaction. */
  public record Applied(String name, long millis, int outsideTransaction) {}

  public boolean failed() {
    return failure != null;
  }

  /** An outcome for a database the run could not work on at all. */
  public static DatabaseOutcome failure(String message, long millis) {
    return new DatabaseOutcome(List.of(), List.of(), 0, null, message, millis);
  }
}
