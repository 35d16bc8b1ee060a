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
    assertThat(run.err()).contains("--naming: expected auto, default or snake_case, not 'camel'");
  }

  @Test
  void aClassMissingFromTheEntityClasspathIsBadInputNamingItTheEntityAndTheOption()
      throws IOException {
    Path project = entityProject();
    Path classes = compiled(project);
    java.nio.file.Files.delete(classes.resolve("shop/Money.class"));

    CliTest.Run run = verifyClasses(project, classes);

    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err())
        .startsWith("driftgate: entities: class shop.Money is not on the entity classpath")
        .contains("entity shop.Invoice needs it")
        .contains("--entities-classpath")
        .doesNotContain("Exception")
        .doesNotContain("internal error");
  }

  @Test
  void anEntityWhoseSuperclassIsMissingIsBadInputNotSkipped() throws IOException {
    Path project = entityProject();
    Path classes = compiled(project);
    java.nio.file.Files.delete(classes.resolve("shop/Audited.class"));

    CliTest.Run run = verifyClasses(project, classes);

    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("driftgate: entities: class shop.Audited is not on the entity classpath")
        .contains("entity shop.Invoice needs it");
  }

  @Test
  void theReportHeaderNamesTheNamingInUse() throws IOException {
    Path project = entityProject();
    Path classes = compiled(project);

    CliTest.Run run = verifyClasses(project, classes);

    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains(
            "naming: Spring Boot (camel case → snake_case) (Spring Boot project:"
                + " src/main/resources/application.properties)");
  }

  /** A Spring Boot project whose one entity has a superclass and an embeddable of its own. */
  private Path entityProject() {
    Path project = dir.resolve("project");
    Projects.write(
        project,
        "setup_databases.sql",
        "CREATE TABLE invoice (id bigint PRIMARY KEY, created_by text,"
            + " amount numeric(12,2), currency varchar(3));\n");
    Projects.write(
        project,
        "migrations/manifest.yaml",
        "baseline:\n  default: setup_databases.sql\nmigrations: []\n");
    Projects.write(
        project, "src/main/resources/application.properties", "spring.jpa.open-in-view=false\n");
    Projects.write(
        project,
        "src/shop/Audited.java",
        "package shop; @jakarta.persistence.MappedSuperclass public abstract class Audited {"
            + " @jakarta.persistence.Column(columnDefinition = \"text\") String createdBy; }");
    Projects.write(
        project,
        "src/shop/Money.java",
        "package shop; @jakarta.persistence.Embeddable public class Money {"
            + " @jakarta.persistence.Column(precision = 12, scale = 2) java.math.BigDecimal amount;"
            + " @jakarta.persistence.Column(length = 3) String currency; }");
    Projects.write(
        project,
        "src/shop/Invoice.java",
        "package shop; @jakarta.persistence.Entity public class Invoice extends Audited {"
            + " @jakarta.persistence.Id Long id; @jakarta.persistence.Embedded Money total; }");
    return project;
  }

  private static Path compiled(Path project) throws IOException {
    Path classes = project.resolve("classes");
    java.nio.file.Files.createDirectories(classes);
    int code =
        javax.tools.ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                project.resolve("src/shop/Audited.java").toString(),
                project.resolve("src/shop/Money.java").toString(),
                project.resolve("src/shop/Invoice.java").toString());
    assertThat(code).isZero();
    return classes;
  }

  private static CliTest.Run verifyClasses(Path project, Path classes) {
    return CliTest.onTestServer(
        "verify", "--project", project.toString(), "--entities-classpath", classes.toString());
  }
}
