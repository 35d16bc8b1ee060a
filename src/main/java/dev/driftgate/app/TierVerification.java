package dev.driftgate.app;

import dev.driftgate.app.VerifyInputs.TierInputs;
import dev.driftgate.diff.CatalogDiff;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Severity;
import dev.driftgate.diff.Source;
import dev.driftgate.model.Catalog;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the two built databases of a tier into the results of the tier's checks. */
final class TierVerification {
  private TierVerification() {}

  static List<CheckResult> results(TierInputs tier, BuiltDatabase setup, BuiltDatabase replay) {
    List<CheckResult> results = new ArrayList<>();
    results.add(
        new CheckResult(
            tier.name(),
            Check.SETUP,
            failures(setup),
            null,
            contents(setup.catalog()) + " from " + tier.setup().size() + " statements",
            setup.millis()));
    String replayed =
        (tier.baseline() == null ? "" : tier.baseline().file() + " + ")
            + replay.applied()
            + "/"
            + tier.migrations().size()
            + " migrations";
    results.add(
        new CheckResult(
            tier.name(),
            Check.MIGRATIONS,
            failures(replay),
            null,
            contents(replay.catalog()) + " from " + replayed,
            replay.millis()));
    CheckResult diff = diff(tier, setup, replay);
    results.add(diff);
    results.add(probes(tier, Check.IDEMPOTENCY, replay, "the migrations did not apply", List.of()));
    results.add(
        probes(
            tier,
            Check.FRESH_INSTALL,
            setup,
            "setup_databases.sql did not apply",
            diff.findings()));
    return results;
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
    List<Finding> findings =
        CatalogDiff.compare(
            tier.name(),
            new CatalogDiff.Side(Source.SETUP, setup.catalog(), setup.provenance()),
            new CatalogDiff.Side(Source.MIGRATIONS, replay.catalog(), replay.provenance()));
    return new CheckResult(
        tier.name(),
        Check.SETUP_VS_MIGRATIONS,
        findings,
        null,
        "no differences",
        (System.nanoTime() - start) / 1_000_000);
  }

  private static CheckResult probes(
      TierInputs tier, Check check, BuiltDatabase db, String failed, List<Finding> drift) {
    if (db.probed() == 0 && !tier.migrations().isEmpty()) {
      return CheckResult.skipped(tier.name(), check, "skipped: " + failed);
    }
    List<Finding> findings = db.probes().stream().map(p -> consequence(p, drift)).toList();
    String summary =
        db.probed()
            + " of "
            + tier.migrations().size()
            + " migrations probed, none changes anything";
    return new CheckResult(tier.name(), check, findings, null, summary, 0);
  }

  /**
   * A migration that changes a fresh install only where setup_databases.sql and the migrations
   * already disagree is the same problem seen twice: it stays in the report as information, the
   * drift finding carries the error.
   */
  private static Finding consequence(MigrationProbes.Probed probed, List<Finding> drift) {
    boolean explained =
        !probed.changedObjects().isEmpty()
            && probed.changedObjects().stream()
                .allMatch(o -> drift.stream().anyMatch(d -> related(o, d.object())));
    if (!explained) {
      return probed.finding();
    }
    String message =
        probed.finding().message()
            + " (a consequence of the setup/migrations drift reported above)";
    return probed.finding().withSeverity(Severity.INFO).withMessage(message);
  }

  private static boolean related(String changed, String drifted) {
    return changed.equals(drifted)
        || drifted.startsWith(changed + ".")
        || changed.startsWith(drifted + ".");
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
