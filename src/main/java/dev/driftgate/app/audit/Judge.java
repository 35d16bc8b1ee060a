package dev.driftgate.app.audit;

import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.diff.CatalogDiff;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Severity;
import dev.driftgate.diff.Source;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.model.Provenance;
import dev.driftgate.report.AuditStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the status of one catalog at one ledger position, comparing it with the replay at that
 * position (live database left, replay right, so fixes bring the live database in line):
 *
 * <ul>
 *   <li>{@code no_ledger}: no ledger; compared with the replay of every migration all the same;
 *   <li>{@code ledger_mismatch}: a migration the ledger lists looks as if it did not run (something
 *       the replay blames on it is absent, and the catalog equals the replay just before it), or
 *       the ledger skips a migration before its last one;
 *   <li>{@code drift}: any other difference of severity error, or a migration applied from a file
 *       that has changed since;
 *   <li>{@code behind}: equal to the replay at a position before the last migration;
 *   <li>{@code clean}: equal to the replay of every migration.
 * </ul>
 */
final class Judge {
  private final Map<String, TierInputs> tiers;
  private final ReplayAtPosition replays;

  Judge(Map<String, TierInputs> tiers, ReplayAtPosition replays) {
    this.tiers = tiers;
    this.replays = replays;
  }

  Judgement judge(String tier, LiveState live) {
    List<MigrationScript> migrations = tiers.get(tier).migrations();
    if (live.ledger() == null) {
      return noLedger(tier, live, migrations.size());
    }
    LedgerPosition pos = LedgerPosition.of(migrations, live.ledger());
    ReplayAtPosition.Replay replay = replays.at(tier, pos.applied());
    if (replay.failure() != null) {
      return judgement(
          pos,
          AuditStatus.DRIFT,
          "the replay up to " + pos.name() + " fails; run 'driftgate verify'",
          List.of(replay.failure()));
    }
    List<Finding> diff = compare(tier, live, replay);
    Optional<Integer> suspect =
        hasErrors(diff)
            ? NotRun.firstSuspect(
                migrations, pos.appliedMigrations(), replay.side().provenance(), diff)
            : Optional.empty();
    if (suspect.isPresent() && equalsReplayAt(tier, live, suspect.get())) {
      return notRun(tier, pos, migrations.subList(suspect.get(), pos.applied()), diff);
    }
    List<Finding> findings = new ArrayList<>(AuditFindings.ledger(tier, pos));
    findings.addAll(diff);
    if (!pos.gaps().isEmpty()) {
      return judgement(pos, AuditStatus.LEDGER_MISMATCH, gapDetail(pos), findings);
    }
    if (hasErrors(findings)) {
      return judgement(
          pos,
          AuditStatus.DRIFT,
          count(findings) + " from the replay up to " + pos.name(),
          findings);
    }
    if (pos.applied() < pos.head()) {
      String behind = "behind by " + pos.pending().size() + ": " + String.join(", ", pos.pending());
      findings.add(0, AuditFindings.behind(tier, pos.name(), behind));
      return judgement(pos, AuditStatus.BEHIND, behind, findings);
    }
    return judgement(pos, AuditStatus.CLEAN, null, findings);
  }

  private Judgement noLedger(String tier, LiveState live, int head) {
    List<Finding> findings = new ArrayList<>();
    findings.add(AuditFindings.noLedger(tier));
    ReplayAtPosition.Replay all = replays.at(tier, head);
    List<Finding> diff = all.failure() == null ? compare(tier, live, all) : List.of();
    findings.addAll(diff);
    String detail =
        "no driftgate.migration_ledger; "
            + (hasErrors(diff)
                ? count(diff) + " from the replay of every migration"
                : "the catalog equals the replay of every migration");
    return new Judgement(null, 0, head, AuditStatus.NO_LEDGER, detail, findings);
  }

  private Judgement notRun(
      String tier, LedgerPosition pos, List<MigrationScript> notRun, List<Finding> diff) {
    List<String> names = notRun.stream().map(MigrationScript::name).toList();
    List<Finding> findings = new ArrayList<>();
    notRun.forEach(m -> findings.add(AuditFindings.notRun(tier, m, names.get(0))));
    findings.addAll(diff);
    String detail =
        "ledger lists "
            + String.join(", ", names)
            + " as applied, but the catalog is the replay before "
            + names.get(0);
    return judgement(pos, AuditStatus.LEDGER_MISMATCH, detail, findings);
  }

  private boolean equalsReplayAt(String tier, LiveState live, int applied) {
    ReplayAtPosition.Replay before = replays.at(tier, applied);
    return before.failure() == null && !hasErrors(compare(tier, live, before));
  }

  private static List<Finding> compare(
      String tier, LiveState live, ReplayAtPosition.Replay replay) {
    return CatalogDiff.compare(
        tier, new CatalogDiff.Side(Source.LIVE, live.catalog(), Provenance.NONE), replay.side());
  }

  private static Judgement judgement(
      LedgerPosition pos, AuditStatus status, String detail, List<Finding> findings) {
    return new Judgement(pos.name(), pos.applied(), pos.head(), status, detail, findings);
  }

  private static String gapDetail(LedgerPosition pos) {
    return "the ledger skips "
        + String.join(", ", pos.gaps().stream().map(s -> s.migration().name()).toList())
        + " but lists the later "
        + pos.name();
  }

  private static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  private static String count(List<Finding> findings) {
    long n = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    return n + (n == 1 ? " difference" : " differences");
  }
}
