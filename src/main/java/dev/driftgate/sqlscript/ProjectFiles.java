package dev.driftgate.sqlscript;

import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Resolves script paths inside one project root. Scripts may only include files of the project,
 * checked both on the normalized path and on the real path, so neither {@code ..} nor a symbolic
 * link can pull in a file from elsewhere.
 */
final class ProjectFiles {

  /** A script file: its normalized absolute path, real path and display path. */
  record ProjectFile(Path path, Path realPath, String display) {}

  private final Path root;
  private final Path realRoot;

  ProjectFiles(Path projectRoot) {
    this.root = projectRoot.toAbsolutePath().normalize();
    try {
      this.realRoot = root.toRealPath();
    } catch (IOException e) {
      throw DriftgateException.badInput(projectRoot + ": project root does not exist");
    }
  }

  Path root() {
    return root;
  }

  /**
   * Resolves {@code written} against {@code base}. {@code context} prefixes errors about where the
   * path points ("a.sql:3: \i x.sql"); {@code suffix} follows errors about the file itself.
   */
  ProjectFile resolve(Path base, String written, String context, String suffix) {
    Path path;
    try {
      path = base.resolve(written).normalize();
    } catch (InvalidPathException e) {
      throw DriftgateException.badInput(context + ": not a valid path (" + e.getReason() + ")");
    }
    if (!path.startsWith(root)) {
      throw DriftgateException.badInput(context + " points outside the project root " + root);
    }
    String display = display(path);
    if (!Files.exists(path)) {
      throw DriftgateException.badInput(display + ": no such file" + suffix);
    }
    if (Files.isDirectory(path)) {
      throw DriftgateException.badInput(display + ": is a directory, not an SQL script" + suffix);
    }
    Path realPath = realPath(path, display, suffix);
    if (!realPath.startsWith(realRoot)) {
      throw DriftgateException.badInput(
          context + " points outside the project root through a symbolic link to " + realPath);
    }
    return new ProjectFile(path, realPath, display);
  }

  /** Whether {@code written}, taken from {@code base}, is an existing file inside the root. */
  boolean exists(Path base, String written) {
    Path path = inside(base, written);
    return path != null && Files.exists(path);
  }

  /** How {@code written}, taken from {@code base}, is shown: relative to the root if inside it. */
  String display(Path base, String written) {
    Path path = inside(base, written);
    return path == null ? written : display(path);
  }

  private Path inside(Path base, String written) {
    try {
      Path path = base.resolve(written).normalize();
      return path.startsWith(root) ? path : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static Path realPath(Path path, String display, String suffix) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw DriftgateException.badInput(
          display + ": cannot resolve the path (" + e.getMessage() + ")" + suffix);
    }
  }

  private String display(Path path) {
    return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
  }
}
