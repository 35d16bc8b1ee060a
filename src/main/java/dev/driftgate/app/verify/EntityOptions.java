package dev.driftgate.app.verify;

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
 * @param persistenceUnit the persistence unit of the classpath's {@code META-INF/persistence.xml}
 *     whose classes and settings count, or null for every entity class and no unit's settings
 */
public record EntityOptions(
    List<Path> classpath,
    String packagePrefix,
    Naming naming,
    Path cacheDir,
    String springProfile,
    String persistenceUnit) {

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
    this(classpath, packagePrefix, naming, cacheDir, null, null);
  }

  /** Options without a persistence unit. */
  public EntityOptions(
      List<Path> classpath,
      String packagePrefix,
      Naming naming,
      Path cacheDir,
      String springProfile) {
    this(classpath, packagePrefix, naming, cacheDir, springProfile, null);
  }

  /** The naming {@code --naming} chose, or null for the project's ({@link Naming#AUTO}). */
  public dev.driftgate.entity.Naming chosenNaming() {
    return switch (naming) {
      case AUTO -> null;
      case DEFAULT -> dev.driftgate.entity.Naming.DEFAULT;
      case SNAKE_CASE -> dev.driftgate.entity.Naming.SNAKE_CASE;
    };
  }

  /** The project's own entity sources, the project's naming, the user's cache. */
  public static EntityOptions defaults() {
    return new EntityOptions(List.of(), null, Naming.AUTO, null, null);
  }
}
