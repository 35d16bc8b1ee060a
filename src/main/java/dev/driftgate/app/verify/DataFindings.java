package dev.driftgate.app.verify;

import dev.driftgate.app.build.BuiltDatabase;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.data.Hazard;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Source;
import dev.driftgate.migrate.SqlFailure;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a tier's replay over rows into the results of the {@code data} check: the migration that
 * failed on the rows ({@code migration.fails_on_data}, unless it fails on an empty database too,
 * which {@code migration.failed} already reports) and the hazards measured ({@code
 * migration.rewrites_table}, {@code migration.blocks_writes}).
 */
final class DataFindings {
  /** How to repair a migration that fails on rows, by SQLSTATE. */
  private static final Map<String, String> REPAIRS =
      Map.of(
          "23502",
          "give the column a DEFAULT, or backfill it before SET NOT NULL",
          "23505",
          "merge or remove the duplicate rows first (the key above is one)",
          "23503",
          "delete or repair the orphan rows first, or add the key NOT VALID and VALIDATE it after",
          "23514",
          "repair the rows the check refuses first, or add it NOT VALID and VALIDATE it after",
          "22P02",
          "convert with a USING expression that accepts every value the column holds",
          "22003",
          "convert with a USING expression that accepts every value the column holds",
          "22001",
          "shorten the values first, or keep the longer type");

  private final DataOptions options;

  DataFindings(DataOptions options) {
    this.options = options;
  }

  CheckResult result(TierInputs tier, DataReplay.Outcome outcome, BuiltDatabase replay) {
    if (outcome.startFailure() != null) {
      return CheckResult.skipped(tier.name(), Check.DATA, "skipped: " + outcome.startFailure());
    }
    List<Finding> findings = new ArrayList<>();
    HazardFindings hazards = new HazardFindings(options);
    for (DataReplay.Measured m : outcome.measured()) {
      for (Hazard hazard : m.hazards()) {
        findings.add(hazards.finding(tier.name(), m.migration().name(), hazard));
      }
    }
    boolean failsEmptyToo =
        replay.failed()
            && outcome.failed() != null
            && replay.failure().object().equals(outcome.failed().name());
    if (outcome.failed() != null && !failsEmptyToo) {
      findings.add(failed(tier.name(), outcome.failed().name(), outcome.failure()));
    }
    long rows = outcome.watched().values().stream().mapToLong(Long::longValue).sum();
    String applied =
        outcome.measured().size() + " of " + tier.migrations().size() + " migrations applied";
    String summary =
        outcome.watched().isEmpty()
            ? "no table holds rows where the replay starts (no baseline, no --baseline): "
                + applied
                + ", nothing measured"
            : rows + " rows in " + outcome.watched().size() + " tables, " + applied + " over them";
    return new CheckResult(
        tier.name(),
        Check.DATA,
        findings,
        null,
        summary,
        outcome.fill().millis() + outcome.replayMillis());
  }

  private Finding failed(String tier, String migration, SqlFailure f) {
    String message =
        "migration "
            + migration
            + " fails on a database holding rows, though it applies to an"
            + " empty one: "
            + f.message()
            + " (SQLSTATE "
            + f.sqlState()
            + ")"
            + (f.detail() == null ? "" : "; " + f.detail());
    String repair = REPAIRS.getOrDefault(f.sqlState(), "make the statement work on existing rows");
    return Finding.single(
        FindingKind.MIGRATION_FAILS_ON_DATA,
        tier,
        migration,
        Source.MIGRATIONS,
        f.location().toString(),
        message,
        Fix.none(repair + " (" + f.location() + ")"));
  }
}
