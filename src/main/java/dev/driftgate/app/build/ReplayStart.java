package dev.driftgate.app.build;

import dev.driftgate.error.DriftgateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where each tier's replay starts ({@code verify --baseline}, SPEC §7): the manifest's baselines,
 * or the canonical script of an earlier release — then only the migrations that release did not
 * list yet are replayed: the upgrade path of a release.
 */
public sealed interface ReplayStart {

  /**
   * The default: each tier's baseline from the manifest (or an empty database), every migration.
   */
  record Baselines() implements ReplayStart {}

  /** A script to start from (a release's canonical script, a schema dump); every migration. */
  record Script(Path file) implements ReplayStart {}

  /**
   * An earlier state of the project, as files: its setup_databases.sql is the start, and the
   * migrations its manifest listed are left out of the replay.
   *
   * @param label how locations name it: {@code git:v1.4.0}
   */
  record Snapshot(Path root, String label) implements ReplayStart {}

  /** Parses {@code none}, {@code file:PATH} or {@code git:REF}. */
  static ReplayStart parse(String option, Path projectDir) {
    if (option == null || option.equals("none")) {
      return new Baselines();
    }
    if (option.startsWith("file:") && option.length() > 5) {
      Path path = Paths.get(option.substring(5)).toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        return new Snapshot(path, option);
      }
      if (!Files.isRegularFile(path)) {
        throw DriftgateException.badInput("--baseline " + option + ": no such file or directory");
      }
      return new Script(path);
    }
    if (option.startsWith("git:") && option.length() > 4) {
      return GitSnapshot.extract(projectDir, option.substring(4));
    }
    throw DriftgateException.badInput(
        "--baseline " + option + ": expected none, file:PATH or git:REF (a tag, branch or commit)");
  }
}
