package dev.driftgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.testing.Cli;
import dev.driftgate.testing.Cli.Run;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.RunnerEnv;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/}, see its README): every case exits
 * with its code and the one-line message it expects, never with a stack trace.
 */
class BadInputCorpusTest {
  private static final Path CORPUS = Projects.milestone().resolve("src/test/resources/bad-input");

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> everyCaseFailsWithItsCodeAndOneLine() throws IOException {
    try (Stream<Path> cases = Files.list(CORPUS)) {
      List<Path> sorted =
          cases
              .filter(p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith("_"))
              .sorted()
              .toList();
      assertThat(sorted).hasSizeGreaterThanOrEqualTo(30);
      return sorted.stream()
          .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }
  }

  private void check(Path corpusCase) throws Exception {
    List<String> expected = Files.readAllLines(corpusCase.resolve("expected.txt"));
    int code = Integer.parseInt(expected.get(0).strip());
    String stream = expected.get(1).substring(0, expected.get(1).indexOf(':'));
    String prefix = expected.get(1).substring(stream.length() + 2);
    Path project = dir.resolve(corpusCase.getFileName().toString());
    try (RunnerEnv env = new RunnerEnv()) {
      prepare(corpusCase, project, env);
      Run run = Cli.run(env.env(), arguments(corpusCase, project));
      String wanted =
          prefix
              .replace("{MASTER_DB_NAME}", env.env().get("MASTER_DB_NAME"))
              .replace("{DB_NAME}", env.env().get("DB_NAME"))
              .replace("{DB_PORT}", env.env().get("DB_PORT"))
              .replace("{project}", project.toString());

      String shown = stream.equals("stderr") ? run.err() : run.out();
      assertThat(run.code()).as(run.all()).isEqualTo(code);
      assertThat(shown.lines().findFirst().orElse("")).as(run.all()).startsWith(wanted);
      assertThat(run.all()).doesNotContain("\tat ").doesNotContain("Exception");
      if (code >= 2) {
        assertThat(run.err().lines().filter(l -> !l.startsWith("Try 'driftgate")).count())
            .as(run.err())
            .isEqualTo(1);
      }
    }
  }

  private static void prepare(Path corpusCase, Path project, RunnerEnv env) throws Exception {
    Projects.copyTree(CORPUS.resolve("_base"), project);
    Path overlay = corpusCase.resolve("project");
    if (Files.isDirectory(overlay)) {
      try (Stream<Path> files = Files.walk(overlay)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String relative = overlay.relativize(f).toString();
          if (relative.endsWith(".delete")) {
            Files.deleteIfExists(project.resolve(relative.substring(0, relative.length() - 7)));
          } else {
            Files.createDirectories(project.resolve(relative).getParent());
            Files.copy(
                f, project.resolve(relative), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    for (String line : lines(corpusCase.resolve("env"))) {
      int eq = line.indexOf('=');
      env.env().put(line.substring(0, eq), line.substring(eq + 1));
    }
    if (Files.exists(corpusCase.resolve("master.sql"))) {
      String master = env.env().get("MASTER_DB_NAME");
      env.execute("postgres", "CREATE DATABASE " + master);
      env.execute(master, Files.readString(corpusCase.resolve("master.sql")));
    }
    for (String line : lines(corpusCase.resolve("generate"))) {
      String[] parts = line.split(" ");
      generate(project.resolve(parts[0]), Long.parseLong(parts[1]));
    }
  }

  /** A file of exactly {@code size} bytes: one long SQL comment, made here, never committed. */
  private static void generate(Path file, long size) throws IOException {
    byte[] line = ("-- " + "x".repeat(1020) + "\n").getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < size; written += line.length) {
        out.write(line, 0, (int) Math.min(line.length, size - written));
      }
    }
  }

  private static String[] arguments(Path corpusCase, Path project) throws IOException {
    List<String> args =
        new ArrayList<>(
            Arrays.asList(Files.readString(corpusCase.resolve("command")).strip().split(" +")));
    if (!args.contains("--project")) {
      args.add("--project");
      args.add(project.toString());
    }
    return args.toArray(String[]::new);
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.exists(file)
        ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList()
        : List.of();
  }
}
