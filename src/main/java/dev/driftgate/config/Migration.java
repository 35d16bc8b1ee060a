package dev.driftgate.config;

import java.nio.file.Path;

/**
 * A migration the manifest lists.
 *
 * @param file {@code migrations/<name>.sql} under the project root; it may not exist (a finding,
 *     not an error)
 * @param once the migration runs once per database, guarded by the ledger (SPEC §4): it need not
 *     survive a second run or a fresh install
 * @param tool how its own tool applies it, or null for a SQL script driftgate runs
 */
public record Migration(
    String name, String target, String description, Path file, boolean once, ToolApplied tool) {
  /** A SQL script driftgate runs. */
  public Migration(String name, String target, String description, Path file, boolean once) {
    this(name, target, description, file, once, null);
  }

  /** A re-runnable migration, as Milestone's are. */
  public Migration(String name, String target, String description, Path file) {
    this(name, target, description, file, false);
  }
}
