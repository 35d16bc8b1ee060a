package dev.driftgate.report;

import java.nio.file.Path;

/**
 * A finding's location as a file relative to the repository root and an optional line, for the
 * formats whose readers open files (GitHub annotations, SARIF). Locations in findings are relative
 * to the project directory; a project named by a relative path is joined in front, so annotations
 * land on the right file when the project is a subfolder of the repository.
 *
 * @param line the 1-based line, or 0 when the location names a whole file
 */
record FileLine(String path, int line) {

  /** Parses {@code path:line} or {@code path}; null for a null location. */
  static FileLine of(String project, String location) {
    if (location == null) {
      return null;
    }
    int colon = location.lastIndexOf(':');
    String path = location;
    int line = 0;
    if (colon > 0 && colon < location.length() - 1 && digits(location.substring(colon + 1))) {
      path = location.substring(0, colon);
      line = Integer.parseInt(location.substring(colon + 1));
    }
    return new FileLine(inRepository(project, path), line);
  }

  private static boolean digits(String s) {
    return s.length() < 10 && s.chars().allMatch(Character::isDigit);
  }

  private static String inRepository(String project, String path) {
    if (project == null || Path.of(project).isAbsolute()) {
      return path;
    }
    return Path.of(project).resolve(path).normalize().toString().replace('\\', '/');
  }
}
