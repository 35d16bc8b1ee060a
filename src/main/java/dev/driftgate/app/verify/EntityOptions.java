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
 */
public record EntityOptions(
    List<Path> classpath, String packagePrefix, Naming naming, Path cacheDir) {

  /** The physical naming strategy the application's Hibernate runs with. */
  public enum Naming {
    /** Hibernate's default: names as written. */
    DEFAULT,
    /** Spring Boot's default: camel case to snake case. */
    SNAKE_CASE
  }

  public EntityOptions {
    classpath = List.copyOf(classpath);
  }

  /** The project's own entity sources, Hibernate's naming, the user's cache. */
  public static EntityOptions defaults() {
    return new EntityOptions(List.of(), null, Naming.DEFAULT, null);
  }
}
