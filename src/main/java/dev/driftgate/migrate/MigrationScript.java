package dev.driftgate.migrate;

import dev.driftgate.config.Migration;
import dev.driftgate.config.Project;
import dev.driftgate.config.ToolApplied;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.InputLimit;
import dev.driftgate.sqlscript.MetaCommand;
import dev.driftgate.sqlscript.Script;
import dev.driftgate.sqlscript.ScriptItem;
import dev.driftgate.sqlscript.ScriptReader;
import dev.driftgate.sqlscript.Statement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A migration ready to run: its statements with their locations and its checksum.
 *
 * <p>The checksum is what the ledger records and compares ({@link Checksums}: line endings do not
 * count). For a migration without includes it is the SHA-256 of the file. For a migration that
 * pulls in parts with {@code \i} or {@code \ir} it is the SHA-256 over the SHA-256 of each file,
 * the migration's own first, then each part in the order it is first included; so editing a part is
 * editing the migration. (A ledger recorded before parts counted still holds the file's own
 * checksum for such a migration; {@code migrate --repair} accepts the new one.)
 *
 * @param file the display path of the migration file
 * @param formerChecksums what ledgers written before line endings were normalised may hold for this
 *     same file
 * @param parts every file the migration reads, the migration's own first, then its includes
 * @param once the migration runs once per database (SPEC §4): verify does not probe it
 * @param tool how its own tool applies it (then {@code statements} is empty), or null
 */
public record MigrationScript(
    String name,
    String tier,
    String file,
    String checksum,
    List<Statement> statements,
    Set<String> formerChecksums,
    List<Path> parts,
    boolean once,
    ToolApplied tool) {
  public MigrationScript {
    statements = List.copyOf(statements);
    formerChecksums = Set.copyOf(formerChecksums);
    parts = List.copyOf(parts);
  }

  /** The same migration, run once: never probed. */
  public MigrationScript asRunOnce() {
    return new MigrationScript(
        name, tier, file, checksum, statements, formerChecksums, parts, true, tool);
  }

  /** Whether a ledger row with this checksum recorded this migration. */
  public boolean recordedAs(String ledgerChecksum) {
    return checksum.equals(ledgerChecksum) || formerChecksums.contains(ledgerChecksum);
  }

  /**
   * Reads a manifest migration; a {@code \c} inside a migration is bad input (the manifest names
   * its tier).
   */
  public static MigrationScript load(Project project, Migration migration) {
    String display = project.display(migration.file());
    if (migration.tool() != null) {
      return toolApplied(migration, display);
    }
    refuseHuge(migration, display);
    List<Statement> statements = new ArrayList<>();
    Script script =
        new ScriptReader().read(project.root(), migration.file(), project.scriptText()::prepare);
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
    try {
      List<byte[]> files = new ArrayList<>();
      for (Path part : script.files()) {
        files.add(Files.readAllBytes(part));
      }
      return new MigrationScript(
          migration.name(),
          migration.target(),
          display,
          checksumOfFiles(files),
          statements,
          files.size() == 1 ? Checksums.former(files.get(0)) : Set.of(),
          script.files(),
          migration.once(),
          null);
    } catch (IOException e) {
      throw DriftgateException.badInput(display + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /** A migration its tool applies: no statements of ours, a checksum over all its files. */
  private static MigrationScript toolApplied(Migration migration, String display) {
    List<byte[]> files = new ArrayList<>();
    try {
      for (Path part : migration.tool().files()) {
        files.add(Files.readAllBytes(part));
      }
    } catch (IOException e) {
      throw DriftgateException.badInput(display + ": cannot be read (" + e.getMessage() + ")");
    }
    return new MigrationScript(
        migration.name(),
        migration.target(),
        display,
        checksumOfFiles(files),
        List.of(),
        Set.of(),
        migration.tool().files(),
        migration.once(),
        migration.tool());
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

  /** The checksum of a migration file without parts, as the ledger records it. */
  public static String checksumOf(Path file) throws IOException {
    return Checksums.of(Files.readAllBytes(file));
  }

  /**
   * The checksum of a migration as the ledger records it, reading its includes from {@code
   * projectRoot}; a file that does not read as a script counts as one without parts.
   */
  public static String checksumOf(Path projectRoot, Path file) throws IOException {
    List<Path> paths;
    try {
      paths = new ScriptReader().read(projectRoot, file).files();
    } catch (DriftgateException e) {
      paths = List.of(file);
    }
    List<byte[]> files = new ArrayList<>();
    for (Path part : paths) {
      files.add(Files.readAllBytes(part));
    }
    return checksumOfFiles(files);
  }

  private static String checksumOfFiles(List<byte[]> files) {
    if (files.size() == 1) {
      return Checksums.of(files.get(0));
    }
    ByteArrayOutputStream digests = new ByteArrayOutputStream();
    for (byte[] part : files) {
      digests.writeBytes(HexFormat.of().parseHex(Checksums.of(part)));
    }
    return Checksums.ofBytes(digests.toByteArray());
  }
}
