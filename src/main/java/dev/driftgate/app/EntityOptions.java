package dev.driftgate.app;

import java.nio.file.Path;
import java.util.List;

/**
 * Where {@code verify} takes the entities from and how the application names its tables.
 *
 * @param classpath compiled classes (directories or jars); empty to compile the project's {@code
 *     entities/} sources
 * @param packagePrefix only entities in this package (or below), or null for all
 * @param cacheDir where compiled sources are cached, or null for the user's cache directory
 * @param springProfile the Spring profiles whose {@code application-<profile>.*} files count
 *     (comma-separated), or null for {@code spring.profiles.active}
 */
public record EntityOptions(
    List<Path> classpath,
    String packagePrefix,
    Naming naming,
    Path cacheDir,
    String springProfile) {

  /** The naming strategy the application's Hibernate runs with. */
  public enum Naming {
    /**
     * As the project says: its Spring settings' strategies, Spring Boot's default naming in a
     * Spring Boot project, else Hibernate's.
     */
    AUTO,
    /** Hibernate's default: names as written. */
    DEFAULT,
    /** Spring Boot's default: camel case to snake case. */
    SNAKE_CASE
  }

  public EntityOptions {
    classpath = List.copyOf(classpath);
  }

  /** Options without a Spring profile. */
  public EntityOptions(List<Path> classpath, String packagePrefix, Naming naming, Path cacheDir) {
    this(classpath, packagePrefix, naming, cacheDir, null);
  }

  /** The project's own entity sources, the project's naming, the user's cache. */
  public static EntityOptions defaults() {
    return new EntityOptions(List.of(), null, Naming.AUTO, null, null);
  }
}
