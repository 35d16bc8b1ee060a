package dev.driftgate.junit;

import dev.driftgate.app.verify.EntityOptions;
import dev.driftgate.error.DriftgateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a {@link DriftgateProject} asks of {@code verify}, in the engine's terms. */
final class AnnotatedProject {
  /** Where a build puts a project's compiled main classes: Maven's, then Gradle's. */
  private static final List<String> COMPILED = List.of("target/classes", "build/classes/java/main");

  private AnnotatedProject() {}

  static EntityOptions entityOptions(DriftgateProject project, Path dir) {
    return new EntityOptions(
        classpath(project, dir),
        project.entitiesPackage().isBlank() ? null : project.entitiesPackage(),
        naming(project.naming()),
        null,
        project.springProfile().isBlank() ? null : project.springProfile(),
        project.persistenceUnit().isBlank() ? null : project.persistenceUnit());
  }

  /**
   * The classes named, else none when the project has {@code entities/} sources (they are
   * compiled), else the project's compiled main classes: a Spring Boot application's entities.
   */
  private static List<Path> classpath(DriftgateProject project, Path dir) {
    if (project.entitiesClasspath().length > 0) {
      return Arrays.stream(project.entitiesClasspath()).map(Path::of).toList();
    }
    if (Files.isDirectory(dir.resolve("entities"))) {
      return List.of();
    }
    return COMPILED.stream().map(dir::resolve).filter(Files::isDirectory).limit(1).toList();
  }

  /** The naming strategy by its CLI name ({@code default}, {@code snake_case}, ...). */
  static EntityOptions.Naming naming(String name) {
    if (name.isBlank()) {
      return EntityOptions.Naming.AUTO;
    }
    try {
      return EntityOptions.Naming.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DriftgateException.badInput(
          "@DriftgateProject(naming = \""
              + name
              + "\"): expected one of "
              + Arrays.stream(EntityOptions.Naming.values())
                  .map(n -> n.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", ")));
    }
  }
}
