package dev.driftgate.app.verify;

import dev.driftgate.app.build.BuiltDatabase;
import dev.driftgate.app.build.Runs;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.report.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A tier's two comparisons, setup ⇄ migrations and entities ⇄ both databases, started at once on
 * threads of their own as soon as the tier's databases are built (at 1,000 tables each takes a
 * third of a second).
 */
record Comparisons(
    BuiltDatabase setup,
    BuiltDatabase replay,
    CompletableFuture<List<CheckResult>> tier,
    CompletableFuture<List<CheckResult>> entities) {

  static Comparisons start(
      TierInputs tier, BuiltDatabase setup, BuiltDatabase replay, EntityVerification entities) {
    return new Comparisons(
        setup,
        replay,
        CompletableFuture.supplyAsync(() -> TierVerification.results(tier, setup, replay)),
        CompletableFuture.supplyAsync(() -> entities.results(tier, setup, replay)));
  }

  /** The setup ⇄ migrations results (what a fix script is written from). */
  List<CheckResult> tierResults() {
    return Runs.get(tier);
  }

  /** Every result, the tier's first. */
  List<CheckResult> all() {
    List<CheckResult> all = new ArrayList<>(tierResults());
    all.addAll(Runs.get(entities));
    return all;
  }
}
