package dev.driftgate.layout.flyway;

import dev.driftgate.error.DriftgateException;
import java.nio.file.Path;

/**
 * One of Flyway's locations: {@code classpath:x} is {@code src/main/resources/x} (where a Maven or
 * Gradle build puts it on the class path), {@code filesystem:x} is {@code x} relative to the
 * project root; without a prefix, a classpath location, as in Flyway.
 *
 * @param text the location as configured
 */
record FlywayLocation(String text, Path dir) {
  static FlywayLocation of(Path root, String text) {
    Path dir;
    if (text.startsWith("filesystem:")) {
      dir = root.resolve(text.substring("filesystem:".length()));
    } else {
      String path = text.startsWith("classpath:") ? text.substring("classpath:".length()) : text;
      if (path.contains(":")) {
        throw DriftgateException.badInput(
            "Flyway location '"
                + text
                + "': only classpath: and filesystem: locations can be read from a project"
                + " directory");
      }
      dir = root.resolve(FlywayConfig.RESOURCES).resolve(path.replaceFirst("^/", ""));
    }
    return new FlywayLocation(text, dir.normalize());
  }
}
