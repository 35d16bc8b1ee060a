package dev.driftgate.app.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.data.Hazard;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Severity;
import dev.driftgate.model.QualifiedName;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A measured hazard reads as a warning with the time on the replay's rows and, for a table the user
 * gave a production row count for, a linear estimate that says it is one.
 */
class HazardFindingsTest {
  private static final Hazard REWRITE =
      new Hazard(
          Hazard.Kind.REWRITE,
          "migrations/m1.sql:3",
          QualifiedName.of("public", "orders"),
          "AccessExclusiveLock",
          120,
          10_000);

  @Test
  void aRewriteWithAnEstimateExtrapolatesLinearly() {
    DataOptions options = new DataOptions(10_000, null, null, Map.of("orders", 50_000_000L));
    Finding f = new HazardFindings(options).finding("tenant", "m1", REWRITE);
    assertThat(f.kind()).isEqualTo(FindingKind.MIGRATION_REWRITES_TABLE);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).isEqualTo("migrations/m1.sql:3");
    assertThat(f.message())
        .isEqualTo(
            "rewrites public.orders under AccessExclusiveLock, which blocks reads and writes:"
                + " 120 ms on 10000 rows; about 10 min 0 s for 50000000 rows (linear estimate from"
                + " --rows-estimate)");
  }

  @Test
  void anIndexBuildWithoutEstimateSaysHowToGetOne() {
    Hazard build =
        new Hazard(
            Hazard.Kind.INDEX_BUILD,
            "m.sql:1",
            QualifiedName.of("app", "items"),
            "ShareLock",
            8,
            500);
    Finding f = new HazardFindings(DataOptions.NONE).finding("default", "m", build);
    assertThat(f.kind()).isEqualTo(FindingKind.MIGRATION_BLOCKS_WRITES);
    assertThat(f.message())
        .startsWith("builds an index on app.items under ShareLock, which blocks writes: 8 ms")
        .endsWith("give --rows-estimate app.items=ROWS for an estimate at production size");
  }
}
