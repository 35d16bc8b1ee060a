package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.driftgate.app.verify.Verify;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.ErrorCode;
import dev.driftgate.report.Format;
import dev.driftgate.report.RenderOptions;
import dev.driftgate.report.Renderer;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile changelogs, one per row: what a pull request could slip into a Liquibase changelog to
 * touch the host (run a process, load a class, print, read a file outside the project). Each is bad
 * input (exit 2) in one line naming the changeset, before any database is made, and leaves no trace
 * on the host: no file created, no host file's content in the message.
 */
class HostileInputTest {
  private static final Path SPRING =
      Paths.get("src/test/resources/liquibase/spring").toAbsolutePath();
  private static final String MASTER = "src/main/resources/db/changelog/db.changelog-master.xml";
  private static final String AT = MASTER + ":41: ";

  /** A change inserted as its own changeset (line 41), the exact error it must end with. */
  static Stream<Arguments> hostileChanges() {
    return Stream.of(
        Arguments.of(
            "executeCommand runs a host process",
            "<executeCommand executable=\"touch\"><arg value=\"CANARY\"/></executeCommand>",
            AT + "executeCommand is not allowed: it would run a process on the host"),
        Arguments.of(
            "executeCommand through a shell",
            "<executeCommand executable=\"/bin/sh\"><arg value=\"-c\"/>"
                + "<arg value=\"touch CANARY\"/></executeCommand>",
            AT + "executeCommand is not allowed: it would run a process on the host"),
        Arguments.of(
            "output prints into driftgate's report stream",
            "<output target=\"STDOUT\">::error::forged</output>",
            AT + "output is not allowed: it would write into driftgate's own output"),
        Arguments.of(
            "sqlFile with an absolute path reads a host file",
            "<sqlFile path=\"/etc/hostname\"/>",
            AT
                + "sqlFile path /etc/hostname is not allowed: only files inside the project are read"),
        Arguments.of(
            "sqlFile with a file: URL",
            "<sqlFile path=\"file:///etc/hostname\"/>",
            AT
                + "sqlFile path file:///etc/hostname is not allowed:"
                + " only files inside the project are read"),
        Arguments.of(
            "sqlFile climbing out of the class path",
            "<sqlFile path=\"classpath:../../../../../../../../../etc/hostname\"/>",
            AT
                + "sqlFile path ../../../../../../../../../etc/hostname is not allowed:"
                + " it leads outside the project"),
        Arguments.of(
            "sqlFile climbing out of the project",
            "<sqlFile path=\"../../../../../../../../../../etc/hostname\""
                + " relativeToChangelogFile=\"true\"/>",
            AT
                + "sqlFile path ../../../../../../../../../../etc/hostname is not allowed:"
                + " it leads outside the project"),
        Arguments.of(
            "sqlFile through a symbolic link out of the project",
            "<sqlFile path=\"link/hostname\" relativeToChangelogFile=\"true\"/>",
            AT + "sqlFile path link/hostname is not allowed: it leads outside the project"),
        Arguments.of(
            "loadData reads a host file as CSV",
            "<loadData tableName=\"orders\" file=\"/etc/hostname\"/>",
            AT
                + "loadData path /etc/hostname is not allowed: only files inside the project are read"),
        Arguments.of(
            "createProcedure body from a host file",
            "<createProcedure path=\"../../../../../../../../etc/hostname\""
                + " relativeToChangelogFile=\"true\"/>",
            AT
                + "createProcedure path ../../../../../../../../etc/hostname is not allowed:"
                + " it leads outside the project"),
        Arguments.of(
            "customChange naming a class",
            "<customChange class=\"com.example.Evil\"/>",
            "Liquibase changelog db/changelog/db.changelog-master.xml:"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileChanges")
  void aHostTouchingChangeIsRefusedAtItsChangeset(
      String name, String change, String error, @TempDir Path tmp) throws Exception {
    Path project = copy(tmp);
    Path canary = tmp.resolve("touched");
    Files.createSymbolicLink(project.resolve(MASTER).resolveSibling("link"), Path.of("/etc"));
    insertBeforeInvoices(project, change.replace("CANARY", canary.toString()));

    DriftgateException refused =
        catchThrowableOfType(
            DriftgateException.class, () -> new Verify(TestPostgres::server).run(project));

    assertThat(refused.code()).isEqualTo(ErrorCode.BAD_INPUT);
    assertThat(refused.getMessage()).startsWith(error).doesNotContain("\n");
    assertThat(canary).doesNotExist();
    String hostname = Files.readString(Path.of("/etc/hostname")).strip();
    assertThat(refused.getMessage()).doesNotContain("\"" + hostname + "\"");
  }

  /** A file inside the project stays readable, however it is named. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("ownFiles")
  void aChangeFileInsideTheProjectIsRead(String name, String change, @TempDir Path tmp) {
    Path project = copy(tmp);
    Projects.write(
        project, "src/main/resources/db/changelog/extra.sql", "CREATE TABLE extra (id int);\n");
    insertBeforeInvoices(project, change);

    Report report = new Verify(TestPostgres::server).run(project);

    assertThat(report.findings())
        .noneMatch(f -> f.kind() == FindingKind.MIGRATION_FAILED)
        .anyMatch(f -> f.message().contains("extra"));
  }

  static Stream<Arguments> ownFiles() {
    return Stream.of(
        Arguments.of(
            "relative to the changelog",
            "<sqlFile path=\"extra.sql\" relativeToChangelogFile=\"true\"/>"),
        Arguments.of(
            "relative to the changelog through a harmless ..",
            "<sqlFile path=\"../changelog/extra.sql\" relativeToChangelogFile=\"true\"/>"));
  }

  /** An XML external entity naming a host file is never expanded into SQL. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("entities")
  void anExternalEntityIsNeverRead(String name, String doctype, @TempDir Path tmp)
      throws Exception {
    Path project = copy(tmp);
    Projects.replaceOnce(
        project.resolve(MASTER), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", doctype);
    insertBeforeInvoices(project, "<sql>SELECT '&xxe;'::int</sql>");

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> new Verify(TestPostgres::server).run(project));

    assertThat(thrown).isInstanceOf(DriftgateException.class);
    assertThat(((DriftgateException) thrown).code()).isEqualTo(ErrorCode.BAD_INPUT);
    assertThat(thrown.getMessage()).doesNotContain("\n");
    String hostname = Files.readString(Path.of("/etc/hostname")).strip();
    assertThat(thrown.getMessage()).doesNotContain("'" + hostname + "'");
  }

  static Stream<Arguments> entities() {
    return Stream.of(
        Arguments.of(
            "SYSTEM entity on a host file",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE databaseChangeLog"
                + " [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n"),
        Arguments.of(
            "parameter entity from the network",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE databaseChangeLog"
                + " [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x.dtd\"> %p;]>\n"));
  }

  /**
   * Changelog properties that Liquibase would resolve from the JVM's system properties or the
   * process environment: a pull request must not be able to copy a CI secret into the database and
   * from there into a finding.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("secrets")
  void aChangelogPropertyNeverResolvesFromTheHost(String name, String reference, @TempDir Path tmp)
      throws Exception {
    System.setProperty("driftgate.redteam.canary", "canary-prop-2b81c");
    assertThat(System.getenv("DRIFTGATE_TEST_CANARY")).isEqualTo("canary-secret-6f1d");
    Path project = copy(tmp);
    insertBeforeInvoices(project, "<sql>SELECT '" + reference + "'::int</sql>");

    DriftgateException refused =
        catchThrowableOfType(
            DriftgateException.class, () -> new Verify(TestPostgres::server).run(project));

    assertThat(refused.code()).isEqualTo(ErrorCode.BAD_INPUT);
    assertThat(refused.getMessage())
        .isEqualTo(
            AT
                + "changelog property "
                + reference
                + " is not allowed: it would resolve from driftgate's own environment")
        .doesNotContain("canary-secret-6f1d", "canary-prop-2b81c", System.getProperty("user.home"));
  }

  /** A property the changelog declares itself stays usable, and reaches the database. */
  @org.junit.jupiter.api.Test
  void aPropertyTheChangelogDeclaresStillResolves(@TempDir Path tmp) throws Exception {
    Path project = copy(tmp);
    Projects.replaceOnce(
        project.resolve(MASTER),
        "  <include file=\"changes/001-customers.yaml\"",
        "  <property name=\"own.value\" value=\"declared-here\"/>\n  <include file=\"changes/001-customers.yaml\"");
    insertBeforeInvoices(project, "<sql>SELECT '${own.value}'::int</sql>");

    Report report = new Verify(TestPostgres::server).run(project);

    assertThat(report.findings())
        .filteredOn(f -> f.kind() == FindingKind.MIGRATION_FAILED)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("\"declared-here\""));
    assertThat(everyFormat(report)).doesNotContain("canary-secret-6f1d", "canary-prop-2b81c");
  }

  /**
   * A value from the database that forges a line of its own: a GitHub workflow command, or a
   * terminal escape. No rendered line may start with {@code ::} but the GitHub format's own
   * annotations, and no raw escape character may be written in any human format.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("forgeries")
  void aValueNeverForgesALineOfItsOwn(String name, String literal, @TempDir Path tmp)
      throws Exception {
    Path project = copy(tmp);
    insertBeforeInvoices(project, "<sql>COMMENT ON TABLE orders IS E'" + literal + "'</sql>");

    Report report = new Verify(TestPostgres::server).run(project);

    assertThat(report.findings()).isNotEmpty();
    for (Format format : List.of(Format.TEXT, Format.MARKDOWN, Format.GITHUB)) {
      StringWriter out = new StringWriter();
      Renderer.of(format, RenderOptions.plain("test")).render(report, out);
      assertThat(out.toString()).as(format.id()).doesNotContain("\u001b");
      assertThat(out.toString().lines())
          .as(format.id())
          .noneMatch(
              l ->
                  l.strip().startsWith("::")
                      && !l.startsWith("::error file=")
                      && !l.startsWith("::warning file=")
                      && !l.startsWith("::notice"));
    }
  }

  static Stream<Arguments> forgeries() {
    return Stream.of(
        Arguments.of("a workflow command after a line break", "x\\n::error::forged"),
        Arguments.of("a command after a carriage return", "x\\r::add-mask::forged"),
        Arguments.of("stop-commands", "x\\n::stop-commands::tok"),
        Arguments.of("an ANSI escape", "x\\033[2Jcleared"),
        Arguments.of("a percent-encoded line break", "x%0A::error::forged"));
  }

  /** The report as every {@code --format} renders it, one after the other. */
  static String everyFormat(Report report) throws Exception {
    StringWriter out = new StringWriter();
    for (Format format : Format.values()) {
      Renderer.of(format, RenderOptions.plain("test")).render(report, out);
    }
    return out.toString();
  }

  static Stream<Arguments> secrets() {
    return Stream.of(
        Arguments.of("an environment variable", "${DRIFTGATE_TEST_CANARY}"),
        Arguments.of("a system property", "${driftgate.redteam.canary}"),
        Arguments.of("the user's home", "${user.home}"));
  }

  private static Path copy(Path tmp) {
    Path project = tmp.resolve("spring");
    Projects.copyTree(SPRING, project);
    return project;
  }

  private static void insertBeforeInvoices(Path project, String change) {
    Projects.replaceOnce(
        project.resolve(MASTER),
        "  <include file=\"changes/002-invoices.sql\"",
        "  <changeSet id=\"inserted\" author=\"test\">"
            + change
            + "</changeSet>\n"
            + "  <include file=\"changes/002-invoices.sql\"");
  }
}
