package dev.driftgate.migrate;

import dev.driftgate.config.Migration;
import dev.driftgate.config.Project;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.sqlscript.MetaCommand;
import dev.driftgate.sqlscript.Script;
import dev.driftgate.sqlscript.ScriptItem;
import dev.driftgate.sqlscript.ScriptReader;
import dev.driftgate.sqlscript.Statement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A migration ready to run: its statements with their locations and its checksum.
 *
 * <p>The checksum is what the ledger records and compares. For a migration without includes it is
 * the SHA-256 of the file's bytes, as it always was. For a migration that pulls in parts with
 * {@code \i} or {@code \ir} it is the SHA-256 over the SHA-256 of each file's bytes, the
 * migration's own first, then each part in the order it is first included; so editing a part is
 * editing the migration. (A ledger recorded before parts counted still holds the file's own
 * checksum for such a migration; {@code migrate --repair} accepts the new one.)
 *
 * @param file the display path of the migration file
 * @param parts every file the migration reads, the migration's own first, then its includes
 */
public record MigrationScript(
    String name,
    String tier,
    String file,
    String checksum,
    List<Statement> statements,
    List<Path> parts) {
  /** Larger files are not schema changes but data loads, and would be read into memory whole. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  public MigrationScript {
    statements = List.copyOf(statements);
    parts = List.copyOf(parts);
  }

  /**
   * Reads a manifest migration; a {@code \c} inside a migration is bad input (the manifest names
   * its tier).
   */
  public static MigrationScript load(Project project, Migration migration) {
    String display = project.display(migration.file());
    refuseHuge(migration, display);
    List<Statement> statements = new ArrayList<>();
    Script script = new ScriptReader().read(project.root(), migration.file());
    for (ScriptItem item : script.items()) {
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
        checksum(script.files(), display),
        statements,
        script.files());
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

  private static String checksum(List<Path> files, String display) {
    try {
      return checksumOf(files);
    } catch (IOException e) {
      throw DriftgateException.badInput(display + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /** The SHA-256 of a migration file's bytes, as the ledger records it for one without parts. */
  public static String checksumOf(Path file) throws IOException {
    return HexFormat.of().formatHex(sha256(Files.readAllBytes(file)));
  }

  /**
   * The checksum of a migration as the ledger records it, reading its includes from {@code
   * projectRoot}; a file that does not read as a script counts as one without parts.
   */
  public static String checksumOf(Path projectRoot, Path file) throws IOException {
    List<Path> files;
    try {
      files = new ScriptReader().read(projectRoot, file).files();
    } catch (DriftgateException e) {
      files = List.of(file);
    }
    return checksumOf(files);
  }

  private static String checksumOf(List<Path> files) throws IOException {
    if (files.size() == 1) {
      return checksumOf(files.get(0));
    }
    ByteArrayOutputStream digests = new ByteArrayOutputStream();
    for (Path part : files) {
      digests.writeBytes(sha256(Files.readAllBytes(part)));
    }
    return HexFormat.of().formatHex(sha256(digests.toByteArray()));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
