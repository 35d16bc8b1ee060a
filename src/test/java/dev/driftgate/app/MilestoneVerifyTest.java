package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Severity;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/** The repository is its own first user: the Milestone project must verify clean. */
class MilestoneVerifyTest {

  @Test
  void milestoneIsDriftFree() {
    Report report = new Verify(TestPostgres::server).run(Projects.milestone());

    assertThat(report.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    assertThat(report.status()).isEqualTo(Report.Status.CLEAN);
    assertThat(report.checks())
        .extracting(c -> c.tier() + " " + c.check().id())
        .contains(
            "master setup",
            "master migrations",
            "master setup-vs-migrations",
            "tenant setup",
            "tenant migrations",
            "tenant setup-vs-migrations",
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
            "tenant: 19 entities, 19 tables",
            "tenant: 19 entities, 19 tables");
    assertThat(report.notes())
        .anySatisfy(n -> assertThat(n).contains("checked master 8 entities, tenant 19 entities"));
  }

  @Test
  void bothTiersHaveTheSizeTheSpecAsksFor() {
    Report report = new Verify(TestPostgres::server).run(Projects.milestone());

    assertThat(summary(report, "master")).startsWith("8 tables");
    assertThat(summary(report, "tenant")).startsWith("19 tables, 1 views");
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
