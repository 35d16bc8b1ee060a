package dev.driftgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.verify.Verify;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Milestone repository's real reports, clean and with a planted drift, through every format:
 * the machine-readable ones satisfy their schemas, the others say what they must.
 */
class MilestoneReportsTest {
  private static final RenderOptions OPTIONS = RenderOptions.plain("test");
  private static final Map<Format, String> CLEAN = new EnumMap<>(Format.class);
  private static final Map<Format, String> DRIFT = new EnumMap<>(Format.class);

  @BeforeAll
  static void verifyMilestoneCleanAndDrifted(@TempDir Path dir) throws IOException {
    Report clean = new Verify(TestPostgres::server).run(Projects.milestone());
    Path drifted = Projects.copyOfMilestone(dir);
    Projects.replaceOnce(
        drifted.resolve("migrations/upgrade_to_v90.sql"),
        "ALTER COLUMN job_title TYPE varchar(150)",
        "ALTER COLUMN job_title TYPE varchar(160)");
    Report drift = new Verify(TestPostgres::server).run(drifted);
    assertThat(clean.status()).isEqualTo(Report.Status.CLEAN);
    assertThat(drift.status()).isEqualTo(Report.Status.DRIFT);
    for (Format format : Format.values()) {
      CLEAN.put(format, GoldenRenderTest.render(clean, format, OPTIONS));
      DRIFT.put(format, GoldenRenderTest.render(drift, format, OPTIONS));
    }
  }

  @Test
  void jsonSatisfiesItsSchema() {
    assertThat(Schemas.jsonReport(CLEAN.get(Format.JSON))).isEmpty();
    assertThat(Schemas.jsonReport(DRIFT.get(Format.JSON))).isEmpty();
  }

  @Test
  void junitSatisfiesItsSchemaAndFailsTheDriftedCheck() {
    assertThat(Schemas.junit(CLEAN.get(Format.JUNIT))).isEmpty();
    assertThat(Schemas.junit(DRIFT.get(Format.JUNIT))).isEmpty();
    assertThat(CLEAN.get(Format.JUNIT)).contains("failures=\"0\"").doesNotContain("<failure");
    assertThat(DRIFT.get(Format.JUNIT))
        .contains("<testcase classname=\"tenant\" name=\"setup ⇄ migrations\"")
        .contains("<failure message=\"public.staff.job_title: type character varying(150)");
  }

  @Test
  void sarifSatisfiesItsSchemaWithOneResultOnTheCanonicalScript() {
    assertThat(Schemas.sarif(CLEAN.get(Format.SARIF))).isEmpty();
    assertThat(Schemas.sarif(DRIFT.get(Format.SARIF))).isEmpty();
    assertThat(CLEAN.get(Format.SARIF)).contains("\"results\" : [ ]");
    assertThat(DRIFT.get(Format.SARIF))
        .contains("\"ruleId\" : \"column.type\"")
        .contains("\"uri\" : \"setup_databases.sql\"")
        .contains("\"startLine\" : 288");
  }

  @Test
  void githubAnnotatesTheOffendingLinesOnlyOnDrift() {
    assertThat(CLEAN.get(Format.GITHUB)).isEmpty();
    // each side's line once: the canonical script's, the migration's and the entity's (the
    // entities agree with setup_databases.sql, so their finding shares the migration's line)
    assertThat(DRIFT.get(Format.GITHUB).lines().filter(l -> l.startsWith("::error")))
        .satisfiesExactly(
            setup ->
                assertThat(setup)
                    .startsWith(
                        "::error file=setup_databases.sql,line=288,title=column.type"
                            + " public.staff.job_title::"),
            migration ->
                assertThat(migration)
                    .startsWith(
                        "::error file=migrations/upgrade_to_v90.sql,line=57,title=column.type"
                            + " public.staff.job_title::"),
            entity ->
                assertThat(entity)
                    .startsWith(
                        "::error file=entities/dev/milestone/tenant/Staff.java,line=55,"
                            + "title=column.type public.staff.job_title::"));
  }

  @Test
  void markdownAndTextLeadOrEndWithTheVerdict() {
    assertThat(CLEAN.get(Format.MARKDOWN)).startsWith("### ✅ driftgate: no drift");
    assertThat(DRIFT.get(Format.MARKDOWN))
        .startsWith("### ❌ driftgate: drift (2 errors, 0 warnings, ")
        .contains("| error | tenant | `column.type` | public.staff.job\\_title |");
    assertThat(CLEAN.get(Format.TEXT)).contains("\nCLEAN: no drift");
    assertThat(DRIFT.get(Format.TEXT))
        .contains("[FAIL] setup ⇄ migrations")
        .contains("fix: ALTER TABLE public.staff ALTER COLUMN job_title TYPE")
        .contains("\nDRIFT: 2 errors");
  }
}
