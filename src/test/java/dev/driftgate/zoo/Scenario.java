package dev.driftgate.zoo;

import dev.driftgate.diff.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One drift-zoo scenario: a directory under {@code src/test/resources/zoo} holding a small project
 * ({@code setup_databases.sql}, {@code migrations/}) and {@code expected.txt}, the findings a
 * verify must report, one per line as {@code <severity> <kind> <object>}; lines starting with
 * {@code #} say what the scenario proves. A root cause's related findings follow it on lines
 * indented by two spaces.
 */
record Scenario(String name, Path dir) {
  private static final String RELATED = "  ";
  static final Path ROOT = Paths.get("src/test/resources/zoo");

  static List<Scenario> all() {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      // -Dzoo.only=20 runs the scenarios whose name starts with 20 (while working on them)
      String only = System.getProperty("zoo.only", "");
      return dirs.filter(Files::isDirectory)
          .filter(d -> d.getFileName().toString().startsWith(only))
          .sorted()
          .map(d -> new Scenario(d.getFileName().toString(), d))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code --baseline} for the scenario: {@code file:release} if it has an earlier release. */
  String baseline() {
    Path release = dir.resolve("release");
    return Files.isDirectory(release) ? "file:" + release : "none";
  }

  Path expectedFile() {
    return dir.resolve("expected.txt");
  }

  /**
   * The expected root causes, each as one entry: its line, then its related findings' lines
   * (indented, sorted), so that entries compare regardless of the order the file lists them in.
   */
  List<String> expected() {
    List<List<String>> entries = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(expectedFile(), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith(" ") && !entries.isEmpty()) {
          entries.get(entries.size() - 1).add(RELATED + line.strip());
        } else {
          entries.add(new ArrayList<>(List.of(line.strip())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries.stream().map(Scenario::entry).sorted().toList();
  }

  /** The entry of a root cause and its related findings, as {@link #expected()} lists them. */
  static String entry(Finding f) {
    List<String> lines = new ArrayList<>(List.of(line(f)));
    f.related().forEach(r -> lines.add(RELATED + line(r)));
    return entry(lines);
  }

  private static String entry(List<String> lines) {
    List<String> related = lines.subList(1, lines.size()).stream().sorted().toList();
    List<String> all = new ArrayList<>(List.of(lines.get(0)));
    all.addAll(related);
    return String.join("\n", all);
  }

  /** The comment lines of expected.txt, kept when the file is rewritten. */
  List<String> description() {
    try {
      return Files.readAllLines(expectedFile(), StandardCharsets.UTF_8).stream()
          .filter(l -> l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String line(Finding f) {
    return f.severity().id() + " " + f.kind().id() + " " + f.object();
  }

  @Override
  public String toString() {
    return name;
  }
}
