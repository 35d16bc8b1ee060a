package dev.driftgate.app.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A cheap stamp of a project's files (each one's path, size and modification time), taken once as a
 * run starts, to tell in milliseconds whether a project is as an earlier run left it that the
 * replay-state cache covered whole: a hint that a run needs no server, read before the project is.
 * The verdict never rests on it. Build output, version-control and dependency directories are left
 * out; a project of more than {@value #MAX_FILES} files gets none.
 *
 * @param file where the stamp of the covered project is kept, per project and {@code context} (what
 *     else selects the builds: how scripts run, where replays start)
 * @param stamp the project's files as the run found them
 */
public record ProjectStamp(Path file, Optional<String> stamp) {
  static final int MAX_FILES = 20_000;

  /** The project's stamp now, and where a covered run keeps it beside the cluster {@code kept}. */
  public static ProjectStamp take(Path kept, Path project, String context) {
    return new ProjectStamp(
        kept.resolve("covered").resolve(sha(project.toAbsolutePath().normalize() + "\0" + context)),
        of(project));
  }

  /**
   * When an earlier run found the cache covering the project as it is now: the states whose files
   * its answers were read from, as it wrote them down (a run that finds the project covered reads
   * them while it reads the project); else empty.
   */
  public Optional<List<String>> covering() {
    try {
      if (stamp.isEmpty() || !Files.isRegularFile(file)) {
        return Optional.empty();
      }
      List<String> lines = Files.readString(file).strip().lines().toList();
      return !lines.isEmpty() && lines.get(0).equals(stamp.get())
          ? Optional.of(lines.subList(1, lines.size()))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes down that the cache covers the project as the run found it, from {@code states}. */
  public void markCovered(List<String> states) {
    if (stamp.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      StringBuilder text = new StringBuilder(stamp.get());
      states.forEach(key -> text.append('\n').append(key));
      dev.driftgate.config.CacheDirectory.replace(file, text.toString());
    } catch (IOException | RuntimeException e) {
      // next time the server starts while the project is read
    }
  }

  private static Optional<String> of(Path project) {
    StringBuilder all = new StringBuilder();
    int[] count = {0};
    try {
      Files.walkFileTree(
          project,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              boolean skipped =
                  !dir.equals(project)
                      && (name.startsWith(".")
                          || name.equals("target")
                          || name.equals("build")
                          || name.equals("node_modules"));
              return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (++count[0] > MAX_FILES) {
                return FileVisitResult.TERMINATE;
              }
              all.append(project.relativize(file))
                  .append('\0')
                  .append(attrs.size())
                  .append('\0')
                  .append(attrs.lastModifiedTime().toMillis())
                  .append('\n');
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return count[0] > MAX_FILES ? Optional.empty() : Optional.of(sha(all.toString()));
  }

  private static String sha(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
