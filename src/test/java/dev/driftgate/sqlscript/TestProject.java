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

/** A project directory under a temporary folder, with helpers to write and read scripts. */
final class TestProject {
  final Path temp;
  final Path root;

  TestProject(Path temp) throws IOException {
    this.temp = temp;
    this.root = Files.createDirectory(temp.resolve("project"));
  }

  void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  Script read(String file) {
    return new ScriptReader().read(root, Path.of(file));
  }

  String errorOf(String file) {
    DriftgateException e = catchThrowableOfType(DriftgateException.class, () -> read(file));
    assertThat(e).as("expected a DriftgateException").isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT);
    return e.getMessage();
  }

  /** Each item as "file:line text", the text being the SQL or the meta-command's record name. */
  static List<String> located(Script script) {
    return script.items().stream().map(i -> i.location() + " " + describe(i)).toList();
  }

  private static String describe(ScriptItem item) {
    return item instanceof Statement s ? s.sql() : item.getClass().getSimpleName();
  }
}
