package dev.driftgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.testing.Projects;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity options of {@code verify} as a user meets them. */
class CliEntitiesTest {
  @TempDir Path dir;

  @Test
  void compiledEntitiesFromAClasspathVerifyTheMilestoneProject() throws Exception {
    Path project = Projects.copyOfMilestone(dir);
    Projects.deleteTree(project.resolve("entities"));
    Path testClasses =
        Path.of(CliEntitiesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());

    CliTest.Run run =
        CliTest.onTestServer(
            "verify",
            "--project",
            project.toString(),
            "--entities-classpath",
            testClasses + File.pathSeparator,
            "--entities-package",
            "dev.milestone");

    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("entities: --entities-classpath (package dev.milestone)")
        .contains("checked master 8 entities, tenant 20 entities");
  }

  @Test
  void aCompileErrorIsBadInputWithJavacsMessage() throws IOException {
    Path project = Projects.copyOfMilestone(dir);
    Projects.replaceOnce(
        project.resolve("entities/dev/milestone/tenant/Staff.java"),
        "private String jobTitle;",
        "private Strin jobTitle;");

    CliTest.Run run = CliTest.onTestServer("verify", "--project", project.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err())
        .startsWith("driftgate: entities/dev/milestone/tenant/Staff.java:55: cannot find symbol")
        .doesNotContain("Exception");
  }

  @Test
  void aMissingClasspathEntryIsBadInput() {
    CliTest.Run run =
        CliTest.onTestServer(
            "verify",
            "--project",
            Projects.milestone().toString(),
            "--entities-classpath",
            dir.resolve("no-such.jar").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "driftgate: --entities-classpath: "
                + dir.resolve("no-such.jar")
                + " does not exist"
                + System.lineSeparator());
  }

  @Test
  void anUnknownNamingStrategyIsBadUsage() {
    CliTest.Run run = CliTest.run("verify", "--naming", "camel");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--naming: expected default or snake_case, not 'camel'");
  }
}
