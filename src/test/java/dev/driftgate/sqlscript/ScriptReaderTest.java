package dev.driftgate.sqlscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptReaderTest {
  @TempDir Path temp;
  private Path root;

  @BeforeEach
  void createProject() throws IOException {
    root = Files.createDirectory(temp.resolve("project"));
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private Script read(String file) {
    return new ScriptReader().read(root, Path.of(file));
  }

  private String errorOf(String file) {
    DriftgateException e = catchThrowableOfType(DriftgateException.class, () -> read(file));
    assertThat(e).as("expected a DriftgateException").isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT);
    return e.getMessage();
  }

  private static List<String> located(Script script) {
    return script.items().stream().map(i -> i.location() + " " + describe(i)).toList();
  }

  private static String describe(ScriptItem item) {
    return item instanceof Statement s ? s.sql() : item.getClass().getSimpleName();
  }

  @Test
  void inlinesIncludesWithTheirOwnDisplayPathsAndLines() throws IOException {
    write(
        "migrations/main.sql",
        "SELECT 1;\n\\i shared/common.sql\n\\ir local/step.sql\nSELECT 4;\n");
    write("shared/common.sql", "\n\nSELECT 2;\n");
    write("migrations/local/step.sql", "-- step\n\\ir ../../shared/last.sql\nSELECT 3;\n");
    write("shared/last.sql", "\\echo last\nSELECT 'last';");

    Script script = read("migrations/main.sql");

    assertThat(located(script))
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
    write("a.sql", "\\i b.sql\n\\i b.sql\n");
    write("b.sql", "SELECT 1;");
    assertThat(read("a.sql").statements()).hasSize(2);
  }

  @Test
  void quitInAnIncludedFileStopsTheWholeScript() throws IOException {
    write("a.sql", "\\i b.sql\nSELECT 'never';\n\\i missing.sql\n");
    write("b.sql", "SELECT 1;\n\\q\n");
    assertThat(located(read("a.sql"))).containsExactly("b.sql:1 SELECT 1", "b.sql:2 Quit");
  }

  @Test
  void includeCycleListsTheChain() throws IOException {
    write("a.sql", "SELECT 1;\n\n\\i b.sql\n");
    write("b.sql", "\\ir a.sql\n");
    assertThat(errorOf("a.sql")).isEqualTo("include cycle: a.sql:3 -> b.sql:1 -> a.sql");
  }

  @Test
  void selfIncludeIsACycle() throws IOException {
    write("dir/a.sql", "\\ir ./a.sql\n");
    assertThat(errorOf("dir/a.sql")).isEqualTo("include cycle: dir/a.sql:1 -> dir/a.sql");
  }

  @Test
  void includesMayNotLeaveTheProjectRoot() throws IOException {
    Files.writeString(temp.resolve("outside.sql"), "SELECT 'secret';");
    write("dotdot.sql", "\\i ../outside.sql\n");
    write("absolute.sql", "SELECT 1;\n\\i " + temp.resolve("outside.sql") + "\n");
    write("sub/relative.sql", "\\ir ../../outside.sql\n");

    assertThat(errorOf("dotdot.sql"))
        .startsWith("dotdot.sql:1: \\i ../outside.sql points outside the project root");
    assertThat(errorOf("absolute.sql")).startsWith("absolute.sql:2: \\i ").contains("outside");
    assertThat(errorOf("sub/relative.sql"))
        .startsWith("sub/relative.sql:1: \\ir ../../outside.sql");
    assertThat(errorOf("../outside.sql")).contains("points outside the project root");
  }

  @Test
  void symbolicLinksOutOfTheProjectAreRejected() throws IOException {
    Path outside = Files.writeString(temp.resolve("outside.sql"), "SELECT 'secret';");
    Files.createSymbolicLink(root.resolve("link.sql"), outside);
    Files.createSymbolicLink(root.resolve("linkdir"), temp);
    write("main.sql", "\\i link.sql\n");
    write("viadir.sql", "\\i linkdir/outside.sql\n");

    assertThat(errorOf("main.sql"))
        .startsWith("main.sql:1: \\i link.sql points outside the project root through a symbolic")
        .contains(outside.toRealPath().toString());
    assertThat(errorOf("viadir.sql")).contains("through a symbolic link");
    assertThat(errorOf("link.sql")).contains("through a symbolic link");
  }

  @Test
  void symbolicLinksInsideTheProjectAreFine() throws IOException {
    write("real/b.sql", "SELECT 1;");
    Files.createSymbolicLink(root.resolve("b.sql"), root.resolve("real/b.sql"));
    write("a.sql", "\\i b.sql\n");
    assertThat(located(read("a.sql"))).containsExactly("b.sql:1 SELECT 1");
  }

  @Test
  void rejectsInvalidUtf8WithTheByteOffset() throws IOException {
    Files.write(
        root.resolve("latin1.sql"), new byte[] {'S', 'E', 'L', ' ', '\'', (byte) 0xE9, '\''});
    assertThat(errorOf("latin1.sql")).isEqualTo("latin1.sql: not valid UTF-8 (byte offset 5)");
  }

  @Test
  void rejectsBinaryFiles() throws IOException {
    Files.write(root.resolve("blob.sql"), new byte[] {'S', 0, 'E'});
    write("main.sql", "\\i blob.sql\n");
    assertThat(errorOf("blob.sql")).isEqualTo("blob.sql: binary file, not an SQL script");
    assertThat(errorOf("main.sql"))
        .isEqualTo("blob.sql: binary file, not an SQL script (included from main.sql:1)");
  }

  @Test
  void reportsMissingFiles() throws IOException {
    write("main.sql", "SELECT 1;\n\\ir sub/gone.sql\n");
    assertThat(errorOf("nope.sql")).isEqualTo("nope.sql: no such file");
    assertThat(errorOf("main.sql"))
        .isEqualTo("sub/gone.sql: no such file (included from main.sql:2)");
  }

  @Test
  void lexerErrorsInIncludedFilesNameThatFile() throws IOException {
    write("main.sql", "\\i inc/bad.sql\n");
    write("inc/bad.sql", "SELECT 1;\nSELECT 'open;\n");
    assertThat(errorOf("main.sql"))
        .isEqualTo("inc/bad.sql:2: unterminated quoted string (opened here, never closed)");
  }

  @Test
  void stripsAByteOrderMark() throws IOException {
    write("bom.sql", "\uFEFFCREATE INDEX CONCURRENTLY i ON t (a);");
    Statement s = read("bom.sql").statements().get(0);
    assertThat(s.sql()).startsWith("CREATE");
    assertThat(s.kind()).isEqualTo(StatementKind.NO_TRANSACTION);
  }
}
