package dev.driftgate.config;

import java.nio.file.Path;

/**
 * A project driftgate checks: the directory holding {@code setup_databases.sql}, {@code
 * migrations/} and optionally {@code entities/}.
 */
public record Project(Path root, Manifest manifest) {
  public static final String SETUP_SCRIPT = "setup_databases.sql";
  public static final String MIGRATIONS_DIR = "migrations";
  public static final String MANIFEST = "migrations/manifest.yaml";
  public static final String ENTITIES_DIR = "entities";

  public Path setupScript() {
    return root.resolve(SETUP_SCRIPT);
  }

  public Path migrationsDir() {
    return root.resolve(MIGRATIONS_DIR);
  }

  public Path entitiesDir() {
    return root.resolve(ENTITIES_DIR);
  }

  /** A path as reports show it: relative to the project root, with forward slashes. */
  public String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
