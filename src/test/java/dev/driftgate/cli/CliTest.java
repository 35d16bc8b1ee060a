package dev.driftgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftgate.testing.Projects;
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
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
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
    JsonNode finding = json.get("findings").get(0);
    // the same column once between setup and migrations, once between entities and migrations
    assertThat(json.get("findings")).hasSize(2);
    assertThat(json.get("findings").get(1).get("sources").toString())
        .isEqualTo("[\"entities\",\"migrations\"]");
    assertThat(json.get("findings").get(1).get("location").asText())
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
        run(
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
