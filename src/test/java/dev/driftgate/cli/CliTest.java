package dev.driftgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as users and scripts meet it: exit codes, one-line errors, the JSON report of
 * SPEC §6.
 */
class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    return run(Terminal.PLAIN, args);
  }

  /**
   * Runs a command in external mode against the test run's own server, which saves starting an
   * embedded server per command; the first test of this class runs the default embedded mode.
   */
  static Run onTestServer(String... args) {
    return onTestServer(Terminal.PLAIN, args);
  }

  static Run onTestServer(Terminal terminal, String... args) {
    String[] withServer = java.util.Arrays.copyOf(args, args.length + 2);
    withServer[args.length] = "--jdbc-url";
    withServer[args.length + 1] = TestPostgres.server().jdbcUrl("postgres");
    return run(terminal, withServer);
  }

  static Run run(Terminal terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), terminal);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void driftExitsOneWithTheJsonReportOfTheSpec() throws IOException {
    Path project = Projects.copyOfMilestone(dir);
    Projects.replaceOnce(
        project.resolve("migrations/upgrade_to_v90.sql"),
        "ALTER COLUMN job_title TYPE varchar(150)",
        "ALTER COLUMN job_title TYPE varchar(160)");

    Run run = run("verify", "--project", project.toString(), "--format", "json");

    assertThat(run.code()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("status").asText()).isEqualTo("drift");
    assertThat(json.get("postgres").get("mode").asText()).isEqualTo("embedded");
    assertThat(json.get("postgres").get("version").asText()).startsWith("15.");
    assertThat(json.get("summary").get("error").asInt()).isEqualTo(2);
    JsonNode finding = json.get("findings").get(0);
    // the same column again between the entities and the migrations
    JsonNode byEntities = json.get("findings").get(json.get("findings").size() - 1);
    assertThat(byEntities.get("sources").toString()).isEqualTo("[\"entities\",\"migrations\"]");
    assertThat(byEntities.get("object").asText()).isEqualTo("public.staff.job_title");
    assertThat(byEntities.get("location").asText())
        .isEqualTo("entities/dev/milestone/tenant/Staff.java:55");
    assertThat(finding.get("kind").asText()).isEqualTo("column.type");
    assertThat(finding.get("severity").asText()).isEqualTo("error");
    assertThat(finding.get("tier").asText()).isEqualTo("tenant");
    assertThat(finding.get("object").asText()).isEqualTo("public.staff.job_title");
    assertThat(finding.get("sources").toString()).isEqualTo("[\"setup\",\"migrations\"]");
    assertThat(finding.get("expected").asText()).isEqualTo("character varying(150)");
    assertThat(finding.get("actual").asText()).isEqualTo("character varying(160)");
    assertThat(finding.get("location").asText()).isEqualTo("setup_databases.sql:288");
    assertThat(finding.get("message").asText()).contains("public.staff.job_title");
    assertThat(finding.get("fix").asText())
        .startsWith("ALTER TABLE public.staff ALTER COLUMN job_title TYPE");
  }

  @Test
  void cleanProjectExitsZeroAndWritesTheReportFile() throws IOException {
    Path report = dir.resolve("report.json");

    Run run =
        onTestServer(
            "verify",
            "--project",
            Projects.milestone().toString(),
            "--format",
            "json",
            "--output",
            report.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("CLEAN: no drift");
    assertThat(new ObjectMapper().readTree(report.toFile()).get("status").asText())
        .isEqualTo("clean");
  }

  @Test
  void reportsGoWhereTheirOutputsSayAndTheVerdictAccompaniesThem() throws IOException {
    Path project = Projects.copyOfMilestone(dir.resolve("project"));
    Projects.replaceOnce(
        project.resolve("migrations/upgrade_to_v90.sql"),
        "ALTER COLUMN job_title TYPE varchar(150)",
        "ALTER COLUMN job_title TYPE varchar(160)");
    Path reports = dir.resolve("reports");

    Run run =
        onTestServer(
            "verify",
            "--project",
            project.toString(),
            "--format",
            "github",
            "--output",
            "-",
            "--format",
            "junit,markdown",
            "--output",
            reports + "/",
            "--output",
            reports.resolve("summary.md").toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.startsWith("::error")))
        .satisfiesExactly(
            setup ->
                assertThat(setup)
                    .startsWith("::error file=setup_databases.sql,line=288,title=column.type"),
            migration ->
                assertThat(migration)
                    .startsWith(
                        "::error file=migrations/upgrade_to_v90.sql,line=57,title=column.type"),
            entity ->
                assertThat(entity)
                    .startsWith(
                        "::error file=entities/dev/milestone/tenant/Staff.java,line=55,"
                            + "title=column.type"));
    assertThat(reports.resolve("driftgate-junit.xml")).content().contains("<failure message=");
    assertThat(reports.resolve("summary.md")).content().startsWith("### ❌ driftgate: drift");
    assertThat(run.err())
        .contains("driftgate: junit report: " + reports.resolve("driftgate-junit.xml"))
        .contains("error column.type public.staff.job_title  setup_databases.sql:288\n")
        .contains(
            "error column.type public.staff.job_title "
                + " entities/dev/milestone/tenant/Staff.java:55\n")
        .containsPattern("\nDRIFT: 2 errors, 0 warnings, [0-9]+ info in [0-9.]+ s\n$");
  }

  @Test
  void onATerminalTextIsColouredProgressShownAndVerboseAddsTimings() {
    Run run =
        onTestServer(
            new Terminal(true, false, false),
            "verify",
            "--project",
            Projects.milestone().toString(),
            "--verbose");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("\u001b[32m[ok]")
        .contains("\ntimings\n")
        .contains("  server start  ");
    assertThat(run.err()).startsWith("\r\u001b[2Kdriftgate [").contains("server start …");
    assertThat(run.err()).endsWith("\r\u001b[2K");
  }

  @Test
  void quietInCiPrintsTheVerdictLineAloneWithoutColourOrProgress() {
    Run run =
        onTestServer(
            new Terminal(true, true, true),
            "verify",
            "--project",
            Projects.milestone().toString(),
            "--quiet");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .matches("CLEAN: no drift \\(0 errors, 0 warnings, 0 info\\) in [0-9.]+ s\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void severalFormatsWithoutOutputIsBadUsage() {
    Run run = run("verify", "--format", "json", "--format", "junit");

    assertThat(run.code()).isEqualTo(2);
    assertOneLineError(run, "2 formats but no --output");
  }

  @Test
  void quietAndVerboseTogetherIsBadUsage() {
    Run run = run("verify", "--quiet", "--verbose");

    assertThat(run.code()).isEqualTo(2);
    assertOneLineError(run, "--quiet and --verbose exclude each other");
  }

  @Test
  void unterminatedDollarQuoteIsBadInput() throws IOException {
    Path project = Projects.copyOfMilestone(dir);
    Files.writeString(
        project.resolve("migrations/add_skills_tables.sql"),
        "CREATE TABLE t (id int);\nDO $$\nBEGIN\n  RAISE NOTICE 'x';\nEND\n");

    Run run = run("verify", "--project", project.toString());

    assertThat(run.code()).isEqualTo(2);
    assertOneLineError(run, "migrations/add_skills_tables.sql:2:");
    assertThat(run.err()).contains("dollar");
  }

  @Test
  void missingManifestIsBadInput() throws IOException {
    Path project = Projects.copyOfMilestone(dir);
    Files.delete(project.resolve("migrations/manifest.yaml"));

    Run run = run("verify", "--project", project.toString());

    assertThat(run.code()).isEqualTo(2);
    assertOneLineError(run, "migrations/manifest.yaml: no such file");
  }

  @Test
  void unknownOptionIsBadUsage() {
    Run run = run("verify", "--no-such-option");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option").doesNotContain("at dev.driftgate");
  }

  private static void assertOneLineError(Run run, String expectedStart) {
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err())
        .startsWith("driftgate: " + expectedStart)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
