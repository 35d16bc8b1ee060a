package dev.driftgate.sqlscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Include inlining: order, display paths and line numbers of included items. */
class ScriptReaderTest {
  @TempDir Path temp;
  private TestProject project;

  @BeforeEach
  void createProject() throws IOException {
    project = new TestProject(temp);
  }

  @Test
  void inlinesIncludesWithTheirOwnDisplayPathsAndLines() throws IOException {
    project.write(
        "migrations/main.sql",
        "SELECT 1;\n\\i shared/common.sql\n\\ir local/step.sql\nSELECT 4;\n");
    project.write("shared/common.sql", "\n\nSELECT 2;\n");
    project.write("migrations/local/step.sql", "-- step\n\\ir ../../shared/last.sql\nSELECT 3;\n");
    project.write("shared/last.sql", "\\echo last\nSELECT 'last';");

    Script script = project.read("migrations/main.sql");

    assertThat(TestProject.located(script))
        .containsExactly(
            "migrations/main.sql:1 SELECT 1",
            "shared/common.sql:3 SELECT 2",
            "shared/last.sql:1 Echo",
            "shared/last.sql:2 SELECT 'last'",
            "migrations/local/step.sql:3 SELECT 3",
            "migrations/main.sql:4 SELECT 4");
    assertThat(script.statements()).hasSize(5);
    assertThat(script.items()).noneMatch(MetaCommand.Include.class::isInstance);
  }

  @Test
  void theSameFileMayBeIncludedTwice() throws IOException {
    project.write("a.sql", "\\i b.sql\n\\i b.sql\n");
    project.write("b.sql", "SELECT 1;");
    assertThat(project.read("a.sql").statements()).hasSize(2);
  }

  @Test
  void quitInAnIncludedFileStopsTheWholeScript() throws IOException {
    project.write("a.sql", "\\i b.sql\nSELECT 'never';\n\\i missing.sql\n");
    project.write("b.sql", "SELECT 1;\n\\q\n");
    assertThat(TestProject.located(project.read("a.sql")))
        .containsExactly("b.sql:1 SELECT 1", "b.sql:2 Quit");
  }

  @Test
  void symbolicLinksInsideTheProjectAreFine() throws IOException {
    project.write("real/b.sql", "SELECT 1;");
    Files.createSymbolicLink(project.root.resolve("b.sql"), project.root.resolve("real/b.sql"));
    project.write("a.sql", "\\i b.sql\n");
    assertThat(TestProject.located(project.read("a.sql"))).containsExactly("b.sql:1 SELECT 1");
  }

  @Test
  void stripsAByteOrderMark() throws IOException {
    project.write("bom.sql", "\uFEFFCREATE INDEX CONCURRENTLY i ON t (a);");
    Statement s = project.read("bom.sql").statements().get(0);
    assertThat(s.sql()).startsWith("CREATE");
    assertThat(s.kind()).isEqualTo(StatementKind.NO_TRANSACTION);
  }

  @Test
  void includesShareTheSessionAndItsStandardConformingStrings() throws IOException {
    project.write("a.sql", "\\i off.sql\nSELECT 'it\\'s';\n\\i uses.sql\n");
    project.write("off.sql", "SET standard_conforming_strings = off;\n");
    project.write("uses.sql", "SELECT 'x\\' AS a, '; --';\nRESET standard_conforming_strings;\n");
    Script script = project.read("a.sql");
    assertThat(script.statements())
        .extracting(Statement::sql, Statement::standardStrings)
        .containsExactly(
            tuple("SET standard_conforming_strings = off", true),
            tuple("SELECT 'it\\'s'", false),
            tuple("SELECT 'x\\' AS a, '", false),
            tuple("RESET standard_conforming_strings", false));
    assertThat(project.read("uses.sql").statements().get(0).sql())
        .as("every read starts a session with the server's default")
        .isEqualTo("SELECT 'x\\' AS a, '; --'");
  }

  @Test
  void restrictHoldsAcrossIncludesAsInPsql() throws IOException {
    project.write("a.sql", "\\restrict k\n\\i b.sql\n");
    project.write("b.sql", "SELECT 1;\n");
    project.write("c.sql", "\\i d.sql\n\\unrestrict k\n");
    project.write("d.sql", "\\restrict k\nSELECT 1;\n");
    assertThat(project.errorOf("a.sql")).startsWith("a.sql:2: meta-command after \\restrict");
    assertThat(project.read("c.sql").statements()).hasSize(1);
  }

  @Test
  void includePathsFallBackToTheIncludingFilesDirectory() throws IOException {
    project.write(
        "migrations/upgrade.sql",
        "\\i parts/a.sql\n\\i b.sql\n\\i shared.sql\n\\i migrations/b.sql\n");
    project.write("migrations/parts/a.sql", "SELECT 'parts/a';");
    project.write("migrations/b.sql", "SELECT 'b';");
    project.write("migrations/shared.sql", "SELECT 'next to it';");
    project.write("shared.sql", "SELECT 'at the root';");
    Script script = project.read("migrations/upgrade.sql");
    assertThat(TestProject.located(script))
        .containsExactly(
            "migrations/parts/a.sql:1 SELECT 'parts/a'",
            "migrations/b.sql:1 SELECT 'b'",
            "shared.sql:1 SELECT 'at the root'",
            "migrations/b.sql:1 SELECT 'b'");
    assertThat(script.files())
        .containsExactly(
            project.root.resolve("migrations/upgrade.sql"),
            project.root.resolve("migrations/parts/a.sql"),
            project.root.resolve("migrations/b.sql"),
            project.root.resolve("shared.sql"));
  }
}
