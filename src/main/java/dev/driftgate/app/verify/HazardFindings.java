package dev.driftgate.app.verify;

import dev.driftgate.data.Hazard;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Source;
import java.time.Duration;

/**
 * One measured hazard as a warning: what the statement did to which table under which lock, how
 * long it took on the rows of the replay, and a linear estimate for the row count the user gave
 * ({@code --rows-estimate}).
 */
final class HazardFindings {
  private final DataOptions options;

  HazardFindings(DataOptions options) {
    this.options = options;
  }

  Finding finding(String tier, String migration, Hazard h) {
    FindingKind kind =
        h.kind() == Hazard.Kind.REWRITE
            ? FindingKind.MIGRATION_REWRITES_TABLE
            : FindingKind.MIGRATION_BLOCKS_WRITES;
    String blocks =
        h.lock().equals("AccessExclusiveLock") ? "blocks reads and writes" : "blocks writes";
    String message =
        what(h)
            + " "
            + h.table()
            + " under "
            + h.lock()
            + ", which "
            + blocks
            + ": "
            + h.millis()
            + " ms on "
            + h.rows()
            + " rows"
            + estimate(h);
    return Finding.single(
        kind, tier, migration, Source.MIGRATIONS, h.location(), message, Fix.none(safer(h)));
  }

  private static String what(Hazard h) {
    return switch (h.kind()) {
      case REWRITE -> "rewrites";
      case INDEX_BUILD -> "builds an index on";
      case VALIDATION_SCAN -> "reads every row to validate";
    };
  }

  private String estimate(Hazard h) {
    Long production = options.estimate(h.table());
    if (production == null) {
      return "; give --rows-estimate " + h.table() + "=ROWS for an estimate at production size";
    }
    double perRow = Math.max(h.millis(), 1) / (double) h.rows();
    long millis = (long) (perRow * production);
    return "; about "
        + human(Duration.ofMillis(millis))
        + " for "
        + production
        + " rows (linear estimate from --rows-estimate)";
  }

  private static String human(Duration d) {
    if (d.toHours() > 0) {
      return d.toHours() + " h " + d.toMinutesPart() + " min";
    }
    if (d.toMinutes() > 0) {
      return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
    return d.toSeconds() > 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String safer(Hazard h) {
    return switch (h.kind()) {
      case REWRITE ->
          "avoid the rewrite: add a new column, backfill it in batches, then switch over (a"
              + " constant DEFAULT on ADD COLUMN does not rewrite)";
      case INDEX_BUILD ->
          "CREATE INDEX CONCURRENTLY, in a migration of its own (it cannot run in a transaction)";
      case VALIDATION_SCAN ->
          "add the constraint NOT VALID, then VALIDATE CONSTRAINT in a later migration (it only"
              + " takes SHARE UPDATE EXCLUSIVE); for SET NOT NULL, a validated CHECK (col IS NOT"
              + " NULL) lets PostgreSQL skip the scan";
    };
  }
}
