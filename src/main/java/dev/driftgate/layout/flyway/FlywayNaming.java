package dev.driftgate.layout.flyway;

import dev.driftgate.error.DriftgateException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Flyway's file naming with the project's settings: {@code sqlMigrationPrefix} (V), {@code
 * repeatableSqlMigrationPrefix} (R), {@code baselineMigrationPrefix} (B), {@code
 * undoSqlMigrationPrefix} (U, ignored: undo is not part of an upgrade), {@code
 * sqlMigrationSeparator} (__) and {@code sqlMigrationSuffixes} (.sql).
 */
record FlywayNaming(
    String versioned,
    String repeatable,
    String baseline,
    String undo,
    String separator,
    List<String> suffixes) {

  static FlywayNaming of(FlywayConfig config) {
    return new FlywayNaming(
        config.get("sqlMigrationPrefix", "V"),
        config.get("repeatableSqlMigrationPrefix", "R"),
        config.get("baselineMigrationPrefix", "B"),
        config.get("undoSqlMigrationPrefix", "U"),
        config.get("sqlMigrationSeparator", "__"),
        Arrays.stream(config.get("sqlMigrationSuffixes", ".sql").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList());
  }

  /** The migration a file is, or empty for a file Flyway does not run (other suffix, undo). */
  Optional<FlywayFile> parse(Path file, String display) {
    String fileName = file.getFileName().toString();
    Optional<String> suffix = suffixes.stream().filter(fileName::endsWith).findFirst();
    if (suffix.isEmpty()) {
      return Optional.empty();
    }
    String name = fileName.substring(0, fileName.length() - suffix.get().length());
    if (name.startsWith(repeatable + separator)) {
      String description = name.substring(repeatable.length() + separator.length());
      return Optional.of(
          new FlywayFile(FlywayFile.Kind.REPEATABLE, null, spaced(description), name, file));
    }
    for (String prefix : List.of(versioned, baseline)) {
      if (name.startsWith(prefix) && name.indexOf(separator, prefix.length()) > 0) {
        int at = name.indexOf(separator, prefix.length());
        String text = name.substring(prefix.length(), at);
        FlywayVersion version = FlywayVersion.parse(text);
        if (version == null) {
          throw DriftgateException.badInput(
              display
                  + ": '"
                  + text
                  + "' is not a Flyway version (digits separated by '.' or '_', as in "
                  + prefix
                  + "1_2"
                  + separator
                  + "description"
                  + suffix.get()
                  + ")");
        }
        FlywayFile.Kind kind =
            prefix.equals(versioned) ? FlywayFile.Kind.VERSIONED : FlywayFile.Kind.BASELINE;
        String description = name.substring(at + separator.length());
        return Optional.of(new FlywayFile(kind, version, spaced(description), name, file));
      }
    }
    return Optional.empty(); // undo migrations, and files Flyway ignores for their names
  }

  private static String spaced(String description) {
    return description.replace('_', ' ');
  }
}
