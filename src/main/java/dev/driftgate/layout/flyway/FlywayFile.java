package dev.driftgate.layout.flyway;

import java.nio.file.Path;

/**
 * One migration file Flyway would resolve.
 *
 * @param name the file name without its suffix, as reports name the migration ({@code V1_1__init})
 * @param version null for a repeatable migration
 * @param description Flyway's description: the name's last part, underscores as spaces
 */
record FlywayFile(Kind kind, FlywayVersion version, String description, String name, Path file) {
  enum Kind {
    VERSIONED,
    BASELINE,
    REPEATABLE
  }
}
