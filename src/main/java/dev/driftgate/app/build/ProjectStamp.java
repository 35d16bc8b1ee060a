package dev.driftgate.app.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A cheap stamp of a project's files (each one's path, size and modification time), to tell in
 * milliseconds whether a project is as an earlier run left it. Build output, version-control and
 * dependency directories are left out; a project of more than {@value #MAX_FILES} files gets none.
 */
final class ProjectStamp {
  static final int MAX_FILES = 20_000;

  private ProjectStamp() {}

  static Optional<String> of(Path project) {
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
    return count[0] > MAX_FILES ? Optional.empty() : Optional.of(CachedAnswers.sha(all.toString()));
  }
}
