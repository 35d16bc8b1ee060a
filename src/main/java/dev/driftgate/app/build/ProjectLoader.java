package dev.driftgate.app.build;

import dev.driftgate.config.Project;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.layout.Layouts;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a project directory: it must exist, and its layout must read without error. */
public final class ProjectLoader {
  private ProjectLoader() {}

  public static Project load(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw DriftgateException.badInput(dir + ": no such project directory");
    }
    return Layouts.read(root);
  }

  /**
   * Like {@link #load}, for verify: a project in driftgate's own layout needs {@code
   * setup_databases.sql}; one in another layout may have no canonical script.
   */
  static Project loadForVerify(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    if (Files.isDirectory(root)
        && Layouts.isManifest(root)
        && !Files.isRegularFile(root.resolve(Project.SETUP_SCRIPT))) {
      throw DriftgateException.badInput(
          dir
              + ": no "
              + Project.SETUP_SCRIPT
              + " here; pass the project"
              + " directory with --project DIR");
    }
    return load(dir);
  }

  /** Like {@link #load}, for commands that need the canonical script. */
  public static Project loadWithSetup(Path dir) {
    Project project = loadForVerify(dir);
    if (!project.hasSetup()) {
      throw DriftgateException.badInput(
          dir
              + ": this project names no canonical script; name it in driftgate.yaml"
              + " (setup: <file>, see README: Flyway projects)");
    }
    return project;
  }
}
