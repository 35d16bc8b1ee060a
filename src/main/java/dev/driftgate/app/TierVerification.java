package dev.driftgate.app;

import dev.driftgate.app.VerifyInputs.TierInputs;
import dev.driftgate.diff.CatalogDiff;
import dev.driftgate.diff.Finding;
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
    results.add(diff(tier, setup, replay));
    results.add(probes(tier, Check.IDEMPOTENCY, replay, "the migrations did not apply"));
    results.add(probes(tier, Check.FRESH_INSTALL, setup, "setup_databases.sql did not apply"));
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

  private static CheckResult probes(TierInputs tier, Check check, BuiltDatabase db, String failed) {
    if (db.probed() == 0 && !tier.migrations().isEmpty()) {
      return CheckResult.skipped(tier.name(), check, "skipped: " + failed);
    }
    return new CheckResult(
        tier.name(),
        check,
        db.probes(),
        null,
        db.probed()
            + " of "
            + tier.migrations().size()
            + " migrations probed, none changes anything",
        0);
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
