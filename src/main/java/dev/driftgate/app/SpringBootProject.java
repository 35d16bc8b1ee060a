package dev.driftgate.app;

import dev.driftgate.config.SpringSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether a project is a Spring Boot application, whose Hibernate names as Spring Boot does by
 * default: a {@code spring-boot} dependency in its build file, Spring settings files, or an
 * {@code @SpringBootApplication} class among its sources.
 */
final class SpringBootProject {
  private static final List<String> BUILD_FILES =
      List.of("pom.xml", "build.gradle", "build.gradle.kts");
  private static final String ANNOTATION = "@SpringBootApplication";

  /** Sources read at most while looking for the annotation: a bound, not a scan of a monorepo. */
  private static final int MAX_SOURCES = 2_000;

  private static final long MAX_SOURCE_BYTES = 1L << 20;

  private SpringBootProject() {}

  /** What shows the project is a Spring Boot application ("spring-boot in pom.xml"), or null. */
  static String evidence(Path root, SpringSettings settings) {
    for (String file : BUILD_FILES) {
      Path build = root.resolve(file);
      if (Files.isRegularFile(build) && small(build) && read(build).contains("spring-boot")) {
        return "Spring Boot project: spring-boot in " + file;
      }
    }
    if (!settings.sources().isEmpty()) {
      return "Spring Boot project: " + settings.sources().get(0);
    }
    for (String dir : List.of("src/main/java", "src/main/kotlin", "entities")) {
      String found = annotated(root, dir);
      if (found != null) {
        return "Spring Boot project: " + ANNOTATION + " in " + found;
      }
    }
    return null;
  }

  private static String annotated(Path root, String dir) {
    Path sources = root.resolve(dir);
    if (!Files.isDirectory(sources)) {
      return null;
    }
    try (Stream<Path> files = Files.walk(sources)) {
      return files
          .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".kt"))
          .limit(MAX_SOURCES)
          .filter(p -> Files.isRegularFile(p) && small(p) && read(p).contains(ANNOTATION))
          .map(p -> root.relativize(p).toString())
          .findFirst()
          .orElse(null);
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  private static boolean small(Path file) {
    try {
      return Files.size(file) <= MAX_SOURCE_BYTES;
    } catch (IOException e) {
      return false;
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }
}
