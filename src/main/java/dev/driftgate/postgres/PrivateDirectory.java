package dev.driftgate.postgres;

import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the embedded server's binaries are unpacked. zonky's default is a directory under the
 * shared temporary directory, where another local user could plant a {@code postgres} binary that
 * the next run would execute (SPEC §7). driftgate unpacks them into its own cache instead (mode
 * 0700), or where {@code -Dot.epg.working-dir} says (CI caches move them so), and refuses a
 * directory that someone else owns or may write to.
 */
final class PrivateDirectory {
  /** zonky's setting for the directory; a user's choice is honoured, and checked. */
  static final String WORKING_DIR_PROPERTY = "ot.epg.working-dir";

  private PrivateDirectory() {}

  static Path unpackedBinaries(Path cache) {
    String chosen = System.getProperty(WORKING_DIR_PROPERTY);
    Path dir = chosen == null ? cache.resolve("unpacked") : Path.of(chosen);
    if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return dir; // a file system without POSIX permissions: nothing to check
    }
    try {
      create(dir);
      refuseShared(dir);
      try (Stream<Path> children = Files.list(dir)) {
        for (Path child : children.toList()) {
          refuseShared(child);
        }
      }
      return dir;
    } catch (IOException e) {
      throw DriftgateException.infrastructure(
          "cannot prepare the directory for the PostgreSQL binaries " + dir + ": " + e.getMessage(),
          e);
    }
  }

  /** Creates {@code dir} (and its parents) if absent, itself readable by its owner only. */
  static void create(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir.getParent());
      Files.createDirectory(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
  }

  private static void refuseShared(Path path) throws IOException {
    if (!Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return; // zonky's lock file
    }
    String owner = Files.getOwner(path).getName();
    String me = System.getProperty("user.name");
    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(path);
    // creating an entry in a directory takes write and search rights (zonky itself adds write
    // without search for everyone to its working directory, which lets nobody in)
    boolean shared =
        (mode.contains(PosixFilePermission.GROUP_WRITE)
                && mode.contains(PosixFilePermission.GROUP_EXECUTE))
            || (mode.contains(PosixFilePermission.OTHERS_WRITE)
                && mode.contains(PosixFilePermission.OTHERS_EXECUTE));
    if (!owner.equals(me) || (shared && !Files.isSymbolicLink(path))) {
      throw DriftgateException.infrastructure(
          path
              + " (where the PostgreSQL binaries are unpacked) is "
              + (owner.equals(me) ? "writable by other users" : "owned by " + owner)
              + ": another local user could replace the server driftgate runs; make it yours and"
              + " private (chmod 700), or point -D"
              + WORKING_DIR_PROPERTY
              + " at a directory that is",
          null);
    }
  }
}
