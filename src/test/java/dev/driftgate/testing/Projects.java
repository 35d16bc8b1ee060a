package dev.driftgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

/** Test projects: the repository's own Milestone project, and copies of it to plant drift in. */
public final class Projects {
  private Projects() {}

  /** The repository root, which holds the Milestone project. */
  public static Path milestone() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("setup_databases.sql"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("tests must run inside the driftgate repository");
    }
    return dir;
  }

  /** Copies the Milestone project (script, migrations, entities) into {@code target}. */
  public static Path copyOfMilestone(Path target) {
    Path source = milestone();
    copyTree(source.resolve("migrations"), target.resolve("migrations"));
    copyTree(source.resolve("entities"), target.resolve("entities"));
    copy(source.resolve("setup_databases.sql"), target.resolve("setup_databases.sql"));
    return target;
  }

  /**
   * Replaces exactly one occurrence of {@code from} in a project file; fails if there is not
   * exactly one.
   */
  public static void replaceOnce(Path file, String from, String to) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int first = text.indexOf(from);
      if (first < 0 || text.indexOf(from, first + 1) >= 0) {
        throw new IllegalArgumentException("expected exactly one '" + from + "' in " + file);
      }
      Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void copyTree(Path from, Path to) {
    if (!Files.exists(from)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(from)) {
      paths.forEach(p -> copy(p, to.resolve(from.relativize(p).toString())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a directory and everything in it. */
  public static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a directory and everything in it, if it exists. */
  public static void deleteTreeIfExists(Path dir) {
    if (Files.exists(dir)) {
      deleteTree(dir);
    }
  }

  private static void copy(Path from, Path to) {
    try {
      if (Files.isDirectory(from)) {
        Files.createDirectories(to);
      } else {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a file of a project under construction, creating its directories. */
  public static void write(Path root, String file, String text) {
    Path path = root.resolve(file);
    try {
      java.nio.file.Files.createDirectories(path.getParent());
      java.nio.file.Files.writeString(path, text, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A manifest listing {@code names} in order, one tier, each described after its name. */
  public static void manifest(Path root, String... names) {
    StringBuilder yaml = new StringBuilder("migrations:\n");
    for (String name : names) {
      yaml.append("  - name: ").append(name).append("\n    description: step ").append(name);
      yaml.append('\n');
    }
    write(root, "migrations/manifest.yaml", yaml.toString());
  }
}
