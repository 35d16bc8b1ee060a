package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.diff.Finding;
import dev.driftgate.report.CheckResult;
import dev.driftgate.report.Report;
import dev.driftgate.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The entity zoo: one directory per scenario under {@code src/test/resources/entity-zoo}, each a
 * small project whose {@code expected.txt} lists every finding of {@code verify} (see the zoo's
 * README). Adding a scenario adds files, not code.
 */
class EntityZooTest {
  private static final Path ZOO = Paths.get("src/test/resources/entity-zoo");

  static Stream<String> scenarios() throws IOException {
    try (Stream<Path> dirs = Files.list(ZOO)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name) throws IOException {
    Path dir = ZOO.resolve(name);

    Report report = new Verify(TestPostgres::server, options(dir)).run(dir);

    assertThat(sorted(outcome(report))).isEqualTo(sorted(expected(dir)));
  }

  /** Every finding as {@code <severity> <kind> <object>}, every skipped entity check. */
  private static List<String> outcome(Report report) {
    List<String> lines = new ArrayList<>();
    for (CheckResult check : report.checks()) {
      if (check.skipped() != null && check.check().id().startsWith("entities")) {
        lines.add("skipped " + check.check().id());
      }
      for (Finding f : check.findings()) {
        lines.add(f.severity().id() + " " + f.kind().id() + " " + f.object());
      }
    }
    return lines;
  }

  private static List<String> expected(Path dir) throws IOException {
    return Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  /** {@code options.txt}: {@code key=value} lines: {@code naming}, {@code spring-profile}. */
  private static EntityOptions options(Path dir) throws IOException {
    Path file = dir.resolve("options.txt");
    Map<String, String> options =
        Files.exists(file)
            ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("="))
                .collect(
                    Collectors.toMap(
                        line -> line.substring(0, line.indexOf('=')).strip(),
                        line -> line.substring(line.indexOf('=') + 1).strip()))
            : Map.of();
    EntityOptions.Naming naming =
        EntityOptions.Naming.valueOf(options.getOrDefault("naming", "auto").toUpperCase());
    return new EntityOptions(List.of(), null, naming, null, options.get("spring-profile"));
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().collect(Collectors.toList());
  }
}
