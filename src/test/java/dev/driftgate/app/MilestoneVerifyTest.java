package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Severity;
import dev.driftgate.junit.DriftgateChecks;
import dev.driftgate.junit.DriftgateProject;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import dev.driftgate.report.Report;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The repository is its own first user: the Milestone project must verify clean. It does so through
 * the same JUnit 5 extension other projects use, so every tier and check is a test of this build.
 */
@DriftgateProject(dir = ".")
class MilestoneVerifyTest {

  @TestFactory
  Stream<DynamicNode> milestone(DriftgateChecks checks) {
    return checks.dynamicTests();
  }

  @Test
  void milestoneIsDriftFreeWithEveryCheckRun(DriftgateChecks checks) {
    Report report = checks.report();

    assertThat(report.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    assertThat(report.status()).isEqualTo(Report.Status.CLEAN);
    assertThat(report.checks())
        .extracting(c -> c.tier() + " " + c.check().id())
        .contains(
            "master setup",
            "master migrations",
            "master setup-vs-migrations",
            "master idempotency",
            "master fresh-install",
            "tenant setup",
            "tenant migrations",
            "tenant setup-vs-migrations",
            "tenant idempotency",
            "tenant fresh-install",
            "master entities-vs-setup",
            "master entities-vs-migrations",
            "tenant entities-vs-setup",
            "tenant entities-vs-migrations",
            "project manifest");
    assertThat(report.checks()).allMatch(c -> c.skipped() == null, "no check is skipped");
    assertThat(report.checks())
        .filteredOn(
            c -> c.check() == Check.ENTITIES_VS_SETUP || c.check() == Check.ENTITIES_VS_MIGRATIONS)
        .extracting(c -> c.tier() + ": " + c.summary())
        .containsExactly(
            "master: 8 entities, 8 tables",
            "master: 8 entities, 8 tables",
            "tenant: 20 entities, 20 tables",
            "tenant: 20 entities, 20 tables");
    assertThat(report.notes())
        .anySatisfy(n -> assertThat(n).contains("checked master 8 entities, tenant 20 entities"));
  }

  @Test
  void bothTiersHaveTheSizeTheSpecAsksFor(DriftgateChecks checks) {
    assertThat(summary(checks.report(), "master")).startsWith("8 tables");
    assertThat(summary(checks.report(), "tenant")).startsWith("20 tables, 1 views");
  }

  private static String summary(Report report, String tier) {
    return report.checks().stream()
        .filter(c -> c.tier().equals(tier) && c.check() == Check.MIGRATIONS)
        .map(CheckResult::summary)
        .findFirst()
        .orElseThrow();
  }

  static String describe(Finding f) {
    return f.severity().id() + " " + f.kind().id() + " " + f.object();
  }
}
