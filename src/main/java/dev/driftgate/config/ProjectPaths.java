package dev.driftgate.config;

import java.nio.file.Path;

/** Keeps paths that come from project files inside the project. */
final class ProjectPaths {
  private ProjectPaths() {}

  /** Resolves {@code relative} against the root; a path that leaves the root is an input error. */
  static Path inside(Path root, String relative, YamlDocument.Node where) {
    Path base = root.toAbsolutePath().normalize();
    Path resolved = base.resolve(relative).normalize();
    where.check(resolved.startsWith(base), "path " + relative + " points outside the project");
    return resolved;
  }
}
