package dev.driftgate.app.verify;

import dev.driftgate.app.build.BuiltDatabase;
import dev.driftgate.app.build.MigrationProbes;
import dev.driftgate.app.build.VerifyInputs;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.diff.CatalogDiff;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Severity;
import dev.driftgate.diff.Source;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.model.Catalog;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns the two built databases of a tier into the results of the tier's checks. */
final class TierVerification {
  private TierVerification() {}

  /** Why the checks that need the canonical script are skipped in a project that has none. */
  static final String NO_SETUP =
      "skipped: the project names no canonical script (driftgate.yaml: setup: <file>)";

  static List<CheckResult> results(TierInputs tier, BuiltDatabase setup, BuiltDatabase replay) {
    if (tier.setup() == null) {
      return replayOnly(tier, replay);
    }
    List<CheckResult> results = new ArrayList<>();
    results.add(
        new CheckResult(
            tier.name(),
            Check.SETUP,
            failures(setup),
            null,
            contents(setup.catalog())
                + " from "
                + VerifyInputs.statementCount(tier.setup())
                + " statements",
            setup.millis()));
    results.add(migrations(tier, replay));
    CheckResult diff = diff(tier, setup, replay);
    results.add(diff);
    CheckResult idempotency =
        probes(tier, Check.IDEMPOTENCY, replay, "the migrations did not apply", List.of());
    results.add(idempotency);
    List<Finding> related = new ArrayList<>(diff.findings());
    related.addAll(idempotency.findings());
    related.addAll(failures(replay));
    results.add(
        probes(tier, Check.FRESH_INSTALL, setup, "setup_databases.sql did not apply", related));
    return results;
  }

  /** A project without a canonical script: the replay and its probes, the rest skipped. */
  private static List<CheckResult> replayOnly(TierInputs tier, BuiltDatabase replay) {
    return List.of(
        CheckResult.skipped(tier.name(), Check.SETUP, NO_SETUP),
        migrations(tier, replay),
        CheckResult.skipped(tier.name(), Check.SETUP_VS_MIGRATIONS, NO_SETUP),
        probes(tier, Check.IDEMPOTENCY, replay, "the migrations did not apply", List.of()),
        CheckResult.skipped(tier.name(), Check.FRESH_INSTALL, NO_SETUP));
  }

  private static CheckResult migrations(TierInputs tier, BuiltDatabase replay) {
    String replayed =
        (tier.baseline() == null ? "" : tier.baseline().file() + " + ")
            + replay.applied()
            + "/"
            + tier.migrations().size()
            + " migrations";
    return new CheckResult(
        tier.name(),
        Check.MIGRATIONS,
        failures(replay),
        null,
        contents(replay.catalog()) + " from " + replayed,
        replay.millis());
  }

  private static CheckResult diff(TierInputs tier, BuiltDatabase setup, BuiltDatabase replay) {
    if (setup.failed() || replay.failed()) {
      return CheckResult.skipped(
          tier.name(),
          Check.SETUP_VS_MIGRATIONS,
          "skipped: "
              + (setup.failed() ? "setup_databases.sql" : "the migrations")
              + " did not apply");
    }
    long start = System.nanoTime();
    CatalogDiff.Side canonical =
        new CatalogDiff.Side(Source.SETUP, setup.catalog(), setup.provenance());
    CatalogDiff.Side replayed =
        new CatalogDiff.Side(Source.MIGRATIONS, replay.catalog(), replay.provenance());
    // fixes change the first side: the canonical script, or on an upgrade path the replay (a new
    // migration is what a release that forgot one needs)
    List<Finding> findings =
        tier.upgradePath()
            ? CatalogDiff.compare(tier.name(), replayed, canonical)
            : CatalogDiff.compare(tier.name(), canonical, replayed);
    return new CheckResult(
        tier.name(),
        Check.SETUP_VS_MIGRATIONS,
        findings,
        null,
        "no differences",
        (System.nanoTime() - start) / 1_000_000);
  }

  private static CheckResult probes(
      TierInputs tier, Check check, BuiltDatabase db, String failed, List<Finding> related) {
    long once = tier.migrations().stream().filter(MigrationScript::once).count();
    if (db.failed() && db.probed() == 0 && tier.migrations().size() > once) {
      return CheckResult.skipped(tier.name(), check, "skipped: " + failed);
    }
    List<Finding> findings = db.probes().stream().map(p -> consequence(p, related)).toList();
    String summary =
        db.probed()
            + " of "
            + tier.migrations().size()
            + " migrations probed, none changes anything"
            + (once == 0 ? "" : " (" + once + " run once, not probed)");
    return new CheckResult(tier.name(), check, findings, null, summary, 0);
  }

  /**
   * A fresh-install probe that only shows a problem already reported is the same problem seen
   * twice: it stays in the report as information and the other finding carries the error. That is
   * the case when the migration failed or was not idempotent in the replay (the same statement
   * fails or changes things again), or when every object it changes is one where setup and
   * migrations already disagree.
   */
  private static Finding consequence(MigrationProbes.Probed probed, List<Finding> related) {
    Finding finding = probed.finding();
    if (finding.kind() != FindingKind.MIGRATION_CHANGES_FRESH_INSTALL) {
      return finding;
    }
    boolean sameMigration =
        related.stream()
            .anyMatch(
                r ->
                    r.object().equals(finding.object())
                        && (r.kind() == FindingKind.MIGRATION_FAILED
                            || r.kind() == FindingKind.MIGRATION_NOT_IDEMPOTENT));
    boolean explained =
        !probed.changedObjects().isEmpty()
            && probed.changedObjects().stream()
                .allMatch(names -> related.stream().anyMatch(r -> related(names, r.object())));
    if (!sameMigration && !explained) {
      return finding;
    }
    return new Finding(
        finding.kind(),
        Severity.INFO,
        finding.tier(),
        finding.object(),
        finding.left(),
        finding.right(),
        finding.expected(),
        finding.actual(),
        finding.leftLocation(),
        finding.rightLocation(),
        finding.message() + " (the same problem as a finding reported above)",
        Fix.none("resolved by fixing the finding it repeats"));
  }

  private static boolean related(Set<String> names, String reported) {
    return names.stream()
        .anyMatch(
            n ->
                n.equals(reported) || reported.startsWith(n + ".") || n.startsWith(reported + "."));
  }

  private static List<Finding> failures(BuiltDatabase db) {
    return Optional.ofNullable(db.failure()).stream().toList();
  }

  static String contents(Catalog c) {
    return c.tables().size()
        + " tables, "
        + c.views().size()
        + " views, "
        + c.routines().size()
        + " functions";
  }
}
