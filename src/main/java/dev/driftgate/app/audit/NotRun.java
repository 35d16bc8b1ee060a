package dev.driftgate.app.audit;

import dev.driftgate.diff.Finding;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.model.Provenance;
import java.util.List;
import java.util.Optional;

/**
 * The first migration the ledger lists as applied that looks as if it did not run: an object the
 * replay blames on it (by the DDL log, so a column a migration added counts even when its table
 * came from the baseline) is absent from the live database. Only a suspect: the audit calls it a
 * ledger mismatch when the catalog then equals the replay just before it.
 */
final class NotRun {
  private NotRun() {}

  /**
   * The index (in the tier's migrations) of the first suspect, if any.
   *
   * @param findings the comparison of the live database (left) with the replay (right)
   */
  static Optional<Integer> firstSuspect(
      List<MigrationScript> tierMigrations,
      List<MigrationScript> applied,
      Provenance replay,
      List<Finding> findings) {
    List<String> blamed =
        findings.stream()
            .filter(NotRun::absentFromLive)
            .map(f -> replay.locate(f.object()).orElse(""))
            .toList();
    for (int i = 0; i < tierMigrations.size(); i++) {
      MigrationScript m = tierMigrations.get(i);
      if (applied.contains(m) && blamed.stream().anyMatch(l -> l.startsWith(m.file() + ":"))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** In the replay (right side), not in the live database (left side). */
  static boolean absentFromLive(Finding f) {
    return f.kind().id().endsWith(".missing") && f.expected() == null && f.actual() != null;
  }
}
