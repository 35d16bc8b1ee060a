package dev.driftgate.cli;

import dev.driftgate.app.verify.EntityOptions;
import dev.driftgate.error.DriftgateException;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** Where {@code verify} finds the project's JPA entities and how they name tables (SPEC §6). */
final class EntityOptionsMixin {
  @Option(
      names = "--entities-classpath",
      paramLabel = "PATH",
      description =
          "Compiled entity classes instead of the project's entities/ sources: directories or jars,"
              + " separated by '${sys:path.separator}'.")
  String entitiesClasspath;

  @Option(
      names = "--entities-package",
      paramLabel = "PKG",
      description = "Check only the entities in this Java package (and below).")
  String entitiesPackage;

  @Option(
      names = "--naming",
      paramLabel = "STRATEGY",
      defaultValue = "auto",
      description =
          "The application's naming strategy: auto (the project's Spring settings; Spring Boot's"
              + " naming in a Spring Boot project, else Hibernate's), default (Hibernate's) or"
              + " snake_case (Spring Boot's) (default: ${DEFAULT-VALUE}).")
  String naming;

  @Option(
      names = "--spring-profile",
      paramLabel = "PROFILE",
      description =
          "The Spring profiles whose application-<profile>.properties/.yml count (comma-separated;"
              + " default: spring.profiles.active).")
  String springProfile;

  @Option(
      names = "--persistence-unit",
      paramLabel = "NAME",
      description =
          "Check only the classes of this persistence unit of the classpath's"
              + " META-INF/persistence.xml, with its naming strategies and Hibernate settings.")
  String persistenceUnit;

  EntityOptions options() {
    List<Path> classpath =
        entitiesClasspath == null
            ? List.of()
            : Arrays.stream(entitiesClasspath.split(Pattern.quote(File.pathSeparator)))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .toList();
    EntityOptions.Naming strategy =
        switch (naming) {
          case "auto" -> EntityOptions.Naming.AUTO;
          case "default" -> EntityOptions.Naming.DEFAULT;
          case "snake_case" -> EntityOptions.Naming.SNAKE_CASE;
          default ->
              throw DriftgateException.badInput(
                  "--naming: expected auto, default or snake_case, not '" + naming + "'");
        };
    return new EntityOptions(
        classpath, entitiesPackage, strategy, null, springProfile, persistenceUnit);
  }
}
