package dev.driftgate.migrate;

import dev.driftgate.config.Migration;
import dev.driftgate.config.Project;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.sqlscript.MetaCommand;
import dev.driftgate.sqlscript.ScriptItem;
import dev.driftgate.sqlscript.ScriptReader;
import dev.driftgate.sqlscript.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A migration ready to run: its statements with their locations and the SHA-256 checksum of its
 * file.
 *
 * @param once the migration runs once per database (SPEC §4): verify does not probe it
 * @param file the display path of the migration file
 */
public record MigrationScript(
    String name,
    String tier,
    String file,
    String checksum,
    List<Statement> statements,
    boolean once) {
  /** Larger files are not schema changes but data loads, and would be read into memory whole. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  public MigrationScript {
    statements = List.copyOf(statements);
  }

  /**
   * Reads a manifest migration; a {@code \c} inside a migration is bad input (the manifest names
   * its tier).
   */
  public static MigrationScript load(Project project, Migration migration) {
    String display = project.display(migration.file());
    refuseHuge(migration, display);
    List<Statement> statements = new ArrayList<>();
    for (ScriptItem item :
        new ScriptReader()
            .read(project.root(), migration.file(), project.scriptText()::prepare)
            .items()) {
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
    return new MigrationScript(
        migration.name(),
        migration.target(),
        display,
        checksum(migration, display),
        statements,
        migration.once());
  }

  private static void refuseHuge(Migration migration, String display) {
    try {
      long size = Files.size(migration.file());
      if (size > MAX_BYTES) {
        throw DriftgateException.badInput(
            display
                + ": "
                + size
                + " bytes; migrations over 16 MiB are refused (split it, or load bulk data with"
                + " COPY outside the migration)");
      }
    } catch (IOException e) {
      // a missing file is reported by the reader with its usual message
    }
  }

  private static String checksum(Migration migration, String display) {
    try {
      return checksumOf(migration.file());
    } catch (IOException e) {
      throw DriftgateException.badInput(display + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /** The SHA-256 of a migration file's bytes, as the ledger records it. */
  public static String checksumOf(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
