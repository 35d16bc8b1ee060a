package dev.driftgate.config;

import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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

  /**
   * The {@code .sql} files directly in {@code migrations/}, sorted: what the manifest must list.
   */
  public List<Path> migrationFiles() {
    Path dir = migrationsDir();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".sql") && Files.isRegularFile(f))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw DriftgateException.badInput(
          MIGRATIONS_DIR + ": cannot be listed (" + e.getMessage() + ")");
    }
  }

  /** A path as reports show it: relative to the project root, with forward slashes. */
  public String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
