package dev.driftgate.app.audit;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Source;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.migrate.MigrationStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings an audit adds to the catalog comparison: where a database stands against its ledger.
 * Each says what is wrong with the live database and how to get out.
 */
final class AuditFindings {
  private AuditFindings() {}

  /** A database that could not be read. */
  static Finding unreachable(String tier, String database, String reason) {
    return Finding.single(
        FindingKind.DATABASE_UNREACHABLE,
        tier,
        database,
        Source.LIVE,
        null,
        reason,
        Fix.none("check that the database exists and that the audit's login may connect to it"));
  }

  static Finding noLedger(String tier) {
    return Finding.single(
        FindingKind.LEDGER_MISSING,
        tier,
        "driftgate.migration_ledger",
        Source.LIVE,
        null,
        "no ledger: which migrations ran here is unknown",
        Fix.none(
            "find out which migrations ran here; 'driftgate migrate --all' records every"
                + " migration it applies (re-runnable migrations apply again harmlessly)"));
  }

  static Finding behind(String tier, String position, String detail) {
    return Finding.single(
        FindingKind.DATABASE_BEHIND,
        tier,
        position,
        Source.LIVE,
        null,
        detail,
        Fix.none("apply the pending migrations with 'driftgate migrate --all'"));
  }

  /** A migration the ledger lists that did not run: the database is in the state before it. */
  static Finding notRun(String tier, MigrationScript m, String firstNotRun) {
    return Finding.single(
        FindingKind.LEDGER_MISMATCH,
        tier,
        m.name(),
        Source.LIVE,
        m.file(),
        "the ledger lists "
            + m.name()
            + " as applied, but the database is in the state before "
            + firstNotRun
            + ": it did not run here",
        Fix.none(
            "delete its row from driftgate.migration_ledger, then run 'driftgate migrate --all'"));
  }

  /** Skipped migrations and migrations applied from a file that has changed since. */
  static List<Finding> ledger(String tier, LedgerPosition pos) {
    List<Finding> findings = new ArrayList<>();
    for (MigrationStatus gap : pos.gaps()) {
      findings.add(
          Finding.single(
              FindingKind.LEDGER_MISMATCH,
              tier,
              gap.migration().name(),
              Source.LIVE,
              gap.migration().file(),
              "the ledger does not list "
                  + gap.migration().name()
                  + " but lists the later "
                  + pos.name(),
              Fix.none("find out why it was skipped; 'driftgate migrate --all' applies it")));
    }
    for (MigrationStatus changed : pos.changed()) {
      findings.add(
          Finding.single(
              FindingKind.MIGRATION_CHECKSUM,
              tier,
              changed.migration().name(),
              Source.LIVE,
              changed.migration().file(),
              changed.changedMessage("this database"),
              Fix.none("restore the file, or accept it with 'driftgate migrate --repair'")));
    }
    return findings;
  }
}
