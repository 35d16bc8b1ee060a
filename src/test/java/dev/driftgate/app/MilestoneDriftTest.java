package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.verify.Verify;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Severity;
import dev.driftgate.diff.Source;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of the Milestone project with one deliberate drift each fail with exactly that finding
 * between setup and migrations, and the entities side with the unchanged source: the entity leg
 * against the changed one reports the same object.
 */
class MilestoneDriftTest {
  @TempDir Path dir;

  @Test
  void changedColumnTypeInAMigration() {
    Path project = Projects.copyOfMilestone(dir);
    Projects.replaceOnce(
        project.resolve("migrations/upgrade_to_v90.sql"),
        "ALTER COLUMN job_title TYPE varchar(150)",
        "ALTER COLUMN job_title TYPE varchar(160)");

    Finding f = onlyFinding(project);

    assertThat(MilestoneVerifyTest.describe(f))
        .isEqualTo("error column.type public.staff.job_title");
    assertThat(f.tier()).isEqualTo("tenant");
    assertThat(f.expected()).isEqualTo("character varying(150)");
    assertThat(f.actual()).isEqualTo("character varying(160)");
    assertThat(f.leftLocation()).isEqualTo("setup_databases.sql:288");
    assertThat(f.rightLocation()).startsWith("migrations/upgrade_to_v90.sql:");
    assertThat(f.fix())
        .isEqualTo(
            new Fix.Sql(
                "ALTER TABLE public.staff ALTER COLUMN job_title TYPE character varying(160);"));
  }

  @Test
  void indexMissingFromSetup() {
    Path project = Projects.copyOfMilestone(dir);
    Projects.replaceOnce(
        project.resolve("setup_databases.sql"),
        "CREATE INDEX idx_company_events_period ON company_events (starts_on, ends_on);\n",
        "");

    Finding f = onlyFinding(project);

    assertThat(MilestoneVerifyTest.describe(f))
        .isEqualTo("error index.missing public.idx_company_events_period");
    assertThat(f.expected()).isNull();
    assertThat(f.actual()).contains("USING btree (starts_on, ends_on)");
    assertThat(f.rightLocation()).startsWith("migrations/add_company_events.sql:30");
    assertThat(f.fix())
        .isEqualTo(
            new Fix.Sql(
                "CREATE INDEX idx_company_events_period ON public.company_events USING btree (starts_on, ends_on);"));
  }

  @Test
  void notNullDroppedByAMigration() {
    Path project = Projects.copyOfMilestone(dir);
    Projects.replaceOnce(
        project.resolve("migrations/add_company_events.sql"),
        "    title               varchar(200) NOT NULL,",
        "    title               varchar(200),");

    Finding f = onlyFinding(project);

    assertThat(MilestoneVerifyTest.describe(f))
        .isEqualTo("error column.nullable public.company_events.title");
    assertThat(f.expected()).isEqualTo("NOT NULL");
    assertThat(f.actual()).isEqualTo("NULL");
    assertThat(f.rightLocation()).isEqualTo("migrations/add_company_events.sql:16");
  }

  /**
   * The one error the planted drift causes. A migration that changes a fresh install only where the
   * drift is may add an info finding saying so, and nothing else.
   */
  private static Finding onlyFinding(Path project) {
    Report report = new Verify(TestPostgres::server).run(project);
    List<Finding> findings =
        report.findings().stream().filter(f -> f.left() != Source.ENTITIES).toList();
    assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).hasSize(1);
    assertThat(findings)
        .filteredOn(f -> f.severity() == Severity.INFO)
        .allMatch(f -> f.kind() == FindingKind.MIGRATION_CHANGES_FRESH_INSTALL);
    assertThat(report.status()).isEqualTo(Report.Status.DRIFT);
    Finding drift =
        findings.stream().filter(f -> f.severity() != Severity.INFO).findFirst().orElseThrow();
    assertThat(report.findings())
        .filteredOn(f -> f.left() == Source.ENTITIES)
        .extracting(MilestoneVerifyTest::describe)
        .containsExactly(MilestoneVerifyTest.describe(drift));
    return drift;
  }
}
