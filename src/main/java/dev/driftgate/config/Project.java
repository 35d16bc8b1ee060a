package dev.driftgate.config;

import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A project driftgate checks, whatever layout it was read from: its tiers and migrations in apply
 * order, its canonical script, and optionally {@code entities/}.
 *
 * @param setup the canonical script, or null for a project that has none (a Flyway project that
 *     names none): verify then only replays the migrations
 * @param registry the directory whose every {@code .sql} file the project must list (the manifest
 *     layout's {@code migrations/}), or null where a layout lists files by finding them
 * @param scriptText what happens to a migration's text before it is lexed (placeholders)
 * @param description how the project was read, for the report (e.g. "Flyway, 5 migrations in 2
 *     locations"), or null to say nothing
 * @param freshInstall when not empty, the canonical script is these files run one after the other,
 *     each in a session of its own and prepared by {@code scriptText} like a migration (a Flyway
 *     baseline migration and what a fresh install applies after it); {@code setup} is the first
 */
public record Project(
    Path root,
    Manifest manifest,
    Path setup,
    Path registry,
    ScriptText scriptText,
    String description,
    List<Path> freshInstall) {
  public Project {
    freshInstall = List.copyOf(freshInstall);
  }

  /** A project whose canonical script, if any, is one file written for psql. */
  public Project(
      Path root,
      Manifest manifest,
      Path setup,
      Path registry,
      ScriptText scriptText,
      String description) {
    this(root, manifest, setup, registry, scriptText, description, List.of());
  }

  public static final String SETUP_SCRIPT = "setup_databases.sql";
  public static final String MIGRATIONS_DIR = "migrations";
  public static final String MANIFEST = "migrations/manifest.yaml";
  public static final String ENTITIES_DIR = "entities";

  /** A project in driftgate's own layout: {@code setup_databases.sql} and the manifest. */
  public Project(Path root, Manifest manifest) {
    this(
        root,
        manifest,
        root.resolve(SETUP_SCRIPT),
        root.resolve(MIGRATIONS_DIR),
        ScriptText.VERBATIM,
        null);
  }

  /** The canonical script; null when the project has none. */
  public Path setupScript() {
    return setup;
  }

  public boolean hasSetup() {
    return setup != null;
  }

  public Path entitiesDir() {
    return root.resolve(ENTITIES_DIR);
  }

  /**
   * The {@code .sql} files directly in the registry directory, sorted: what the project must list;
   * none for a layout that finds its migrations by their names.
   */
  public List<Path> migrationFiles() {
    Path dir = registry;
    if (dir == null || !Files.isDirectory(dir)) {
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
