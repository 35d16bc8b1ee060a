package dev.driftgate.sqlscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripts the reader must refuse, each with a message naming the file and line. */
class ScriptReaderRejectionTest {
  @TempDir Path temp;
  private TestProject project;

  @BeforeEach
  void createProject() throws IOException {
    project = new TestProject(temp);
  }

  @Test
  void includeCycleListsTheChain() throws IOException {
    project.write("a.sql", "SELECT 1;\n\n\\i b.sql\n");
    project.write("b.sql", "\\ir a.sql\n");
    assertThat(project.errorOf("a.sql")).isEqualTo("include cycle: a.sql:3 -> b.sql:1 -> a.sql");
  }

  @Test
  void selfIncludeIsACycle() throws IOException {
    project.write("dir/a.sql", "\\ir ./a.sql\n");
    assertThat(project.errorOf("dir/a.sql")).isEqualTo("include cycle: dir/a.sql:1 -> dir/a.sql");
  }

  @Test
  void includesMayNotLeaveTheProjectRoot() throws IOException {
    Files.writeString(project.temp.resolve("outside.sql"), "SELECT 'secret';");
    project.write("dotdot.sql", "\\i ../outside.sql\n");
    project.write("absolute.sql", "SELECT 1;\n\\i " + project.temp.resolve("outside.sql") + "\n");
    project.write("sub/relative.sql", "\\ir ../../outside.sql\n");

    assertThat(project.errorOf("dotdot.sql"))
        .startsWith("dotdot.sql:1: \\i ../outside.sql points outside the project root");
    assertThat(project.errorOf("absolute.sql"))
        .startsWith("absolute.sql:2: \\i ")
        .contains("outside");
    assertThat(project.errorOf("sub/relative.sql"))
        .startsWith("sub/relative.sql:1: \\ir ../../outside.sql");
    assertThat(project.errorOf("../outside.sql")).contains("points outside the project root");
  }

  @Test
  void symbolicLinksOutOfTheProjectAreRejected() throws IOException {
    Path outside = Files.writeString(project.temp.resolve("outside.sql"), "SELECT 'secret';");
    Files.createSymbolicLink(project.root.resolve("link.sql"), outside);
    Files.createSymbolicLink(project.root.resolve("linkdir"), temp);
    project.write("main.sql", "\\i link.sql\n");
    project.write("viadir.sql", "\\i linkdir/outside.sql\n");

    assertThat(project.errorOf("main.sql"))
        .startsWith("main.sql:1: \\i link.sql points outside the project root through a symbolic")
        .contains(outside.toRealPath().toString());
    assertThat(project.errorOf("viadir.sql")).contains("through a symbolic link");
    assertThat(project.errorOf("link.sql")).contains("through a symbolic link");
  }

  @Test
  void rejectsInvalidUtf8WithTheByteOffset() throws IOException {
    Files.write(
        project.root.resolve("latin1.sql"),
        new byte[] {'S', 'E', 'L', ' ', '\'', (byte) 0xE9, '\''});
    assertThat(project.errorOf("latin1.sql"))
        .isEqualTo("latin1.sql: not valid UTF-8 (byte offset 5)");
  }

  @Test
  void rejectsBinaryFiles() throws IOException {
    Files.write(project.root.resolve("blob.sql"), new byte[] {'S', 0, 'E'});
    project.write("main.sql", "\\i blob.sql\n");
    assertThat(project.errorOf("blob.sql")).isEqualTo("blob.sql: binary file, not an SQL script");
    assertThat(project.errorOf("main.sql"))
        .isEqualTo("blob.sql: binary file, not an SQL script (included from main.sql:1)");
  }

  @Test
  void reportsMissingFiles() throws IOException {
    project.write("main.sql", "SELECT 1;\n\\ir sub/gone.sql\n");
    assertThat(project.errorOf("nope.sql")).isEqualTo("nope.sql: no such file");
    assertThat(project.errorOf("main.sql"))
        .isEqualTo("sub/gone.sql: no such file (included from main.sql:2)");
  }

  @Test
  void lexerErrorsInIncludedFilesNameThatFile() throws IOException {
    project.write("main.sql", "\\i inc/bad.sql\n");
    project.write("inc/bad.sql", "SELECT 1;\nSELECT 'open;\n");
    assertThat(project.errorOf("main.sql"))
        .isEqualTo("inc/bad.sql:2: unterminated quoted string (opened here, never closed)");
  }

  @Test
  void anIncludeFoundNeitherFromTheRootNorNextToItsIncluderNamesBoth() throws IOException {
    project.write("migrations/upgrade.sql", "SELECT 1;\n\\i parts/gone.sql\n");
    assertThat(project.errorOf("migrations/upgrade.sql"))
        .isEqualTo(
            "parts/gone.sql: no such file, nor migrations/parts/gone.sql next to the including"
                + " file (included from migrations/upgrade.sql:2)");
  }

  @Test
  void theFallbackStaysInsideTheProjectAndStillFindsCycles() throws IOException {
    Files.writeString(project.temp.resolve("outside.sql"), "SELECT 'secret';");
    project.write("sub/escape.sql", "\\i ../../outside.sql\n");
    project.write("sub/loop.sql", "\\i again.sql\n");
    project.write("sub/again.sql", "\\i loop.sql\n");
    assertThat(project.errorOf("sub/escape.sql"))
        .startsWith("sub/escape.sql:1: \\i ../../outside.sql points outside the project root");
    assertThat(project.errorOf("sub/loop.sql"))
        .isEqualTo("include cycle: sub/loop.sql:1 -> sub/again.sql:1 -> sub/loop.sql");
  }
}
