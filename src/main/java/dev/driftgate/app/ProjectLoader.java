package dev.driftgate.app;

import dev.driftgate.config.ManifestReader;
import dev.driftgate.config.Project;
import dev.driftgate.error.DriftgateException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a project directory: it must exist, and its manifest must be valid. */
final class ProjectLoader {
  private ProjectLoader() {}

  static Project load(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw DriftgateException.badInput(dir + ": no such project directory");
    }
    return new Project(root, ManifestReader.read(root));
  }

  /** Like {@link #load}, for commands that also need {@code setup_databases.sql}. */
  static Project loadWithSetup(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    if (Files.isDirectory(root) && !Files.isRegularFile(root.resolve(Project.SETUP_SCRIPT))) {
      throw DriftgateException.badInput(
          dir
              + ": no "
              + Project.SETUP_SCRIPT
              + " here; pass the project"
              + " directory with --project DIR");
    }
    return load(dir);
  }
}
