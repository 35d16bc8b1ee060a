package dev.driftgate.migrate;

import dev.driftgate.config.Migration;
import dev.driftgate.config.Project;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.InputLimit;
import dev.driftgate.sqlscript.MetaCommand;
import dev.driftgate.sqlscript.ScriptItem;
import dev.driftgate.sqlscript.ScriptReader;
import dev.driftgate.sqlscript.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A migration ready to run: its statements with their locations and the SHA-256 checksum of its
 * file ({@link Checksums}).
 *
 * @param once the migration runs once per database (SPEC §4): verify does not probe it
 * @param file the display path of the migration file
 * @param formerChecksums what ledgers written before line endings were normalised may hold for this
 *     same file
 */
public record MigrationScript(
    String name,
    String tier,
    String file,
    String checksum,
    List<Statement> statements,
    Set<String> formerChecksums,
    boolean once) {
  public MigrationScript {
    statements = List.copyOf(statements);
    formerChecksums = Set.copyOf(formerChecksums);
  }

  /** Whether a ledger row with this checksum recorded this file. */
  public boolean recordedAs(String ledgerChecksum) {
    return checksum.equals(ledgerChecksum) || formerChecksums.contains(ledgerChecksum);
  }

  /**
   * Reads a manifest migration; a {@code \c} inside a migration is bad input (the manifest names
   * its tier).
   */
  public static MigrationScript load(Project project, Migration migration) {
    String display = project.display(migration.file());
    refuseHuge(migration, display);
    List<Statement> statements = new ArrayList<>();
    for (ScriptItem item : new ScriptReader().read(project.root(), migration.file()).items()) {
      if (item instanceof Statement statement) {
        statements.add(statement);
      } else if (item instanceof MetaCommand.Connect connect) {
        throw DriftgateException.badInput(
            connect.location()
                + ": \\c in a migration: a migration runs on the"
                + " databases of its target tier ("
                + migration.target()
                + "), set in migrations/manifest.yaml");
      } else if (item instanceof MetaCommand.Quit) {
        break;
      }
    }
    byte[] bytes = bytes(migration, display);
    return new MigrationScript(
        migration.name(),
        migration.target(),
        display,
        Checksums.of(bytes),
        statements,
        Checksums.former(bytes),
        migration.once());
  }

  /** Larger files are not schema changes but data loads, and would be read into memory whole. */
  private static void refuseHuge(Migration migration, String display) {
    try {
      long size = Files.size(migration.file());
      if (size > InputLimit.MIGRATION.bytes()) {
        throw InputLimit.MIGRATION.refused(display, size, "");
      }
    } catch (IOException e) {
      // a missing file is reported by the reader with its usual message
    }
  }

  private static byte[] bytes(Migration migration, String display) {
    try {
      return Files.readAllBytes(migration.file());
    } catch (IOException e) {
      throw DriftgateException.badInput(display + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /** The checksum of a migration file, as the ledger records it. */
  public static String checksumOf(Path file) throws IOException {
    return Checksums.of(Files.readAllBytes(file));
  }
}
