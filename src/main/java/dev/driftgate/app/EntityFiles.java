package dev.driftgate.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What kind of entity directory a {@code diff} argument is: Java sources or compiled classes. */
final class EntityFiles {
  /** Files looked at before giving up: a bound, not a scan of a whole disk. */
  private static final int MAX_FILES = 20_000;

  private EntityFiles() {}

  /** {@code .java} for a source directory, {@code .class} for a class directory, else null. */
  static String kind(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .limit(MAX_FILES)
          .map(p -> p.getFileName().toString())
          .map(n -> n.endsWith(".java") ? ".java" : n.endsWith(".class") ? ".class" : null)
          .filter(java.util.Objects::nonNull)
          .findFirst()
          .orElse(null);
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }
}
