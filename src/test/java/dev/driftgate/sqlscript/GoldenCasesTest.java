package dev.driftgate.sqlscript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code src/test/resources/lexer/NN_name.sql} through the lexer and compares with
 * {@code NN_name.expected}. With {@code -Dgolden.update=true} the expected files are rewritten, so
 * a deliberate behaviour change is reviewed as a diff of readable text.
 */
class GoldenCasesTest {
  private static final Path CASES = Path.of("src", "test", "resources", "lexer");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".sql"))
          .map(n -> n.substring(0, n.length() - ".sql".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesExpectedOutput(String name) throws IOException {
    String sql = Files.readString(CASES.resolve(name + ".sql"), StandardCharsets.UTF_8);
    String actual = run(sql, "lexer/" + name + ".sql");
    Path expectedFile = CASES.resolve(name + ".expected");
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(expectedFile).exists();
    assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }

  private static String run(String sql, String displayFile) {
    try {
      return ItemRenderer.render(SqlLexer.split(sql, displayFile));
    } catch (DriftgateException e) {
      return ItemRenderer.HEADER + "ERROR " + e.code() + " " + e.getMessage() + "\n";
    }
  }
}
