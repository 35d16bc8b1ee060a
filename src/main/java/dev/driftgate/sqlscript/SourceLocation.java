package dev.driftgate.sqlscript;

import java.util.Objects;

/**
 * Where a script item starts: a display path relative to the project root (always with {@code /}
 * separators, so messages look the same on every platform) and a 1-based line number.
 */
public record SourceLocation(String file, int line) {

  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1-based, got " + line);
    }
  }

  /** The {@code file:line} form used as the prefix of every input error. */
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
