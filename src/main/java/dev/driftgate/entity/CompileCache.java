package dev.driftgate.entity;

import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiled entity classes, one directory per content hash of the sources: {@code
 * <root>/<sha-256>/}. A directory appears only complete (compiled into a scratch directory, then
 * moved into place), so concurrent runs never see half a compilation.
 */
final class CompileCache {
  private static final String FORMAT = "driftgate-entities-1";

  private final Path root;

  CompileCache(Path root) {
    this.root = root;
  }

  /**
   * The hash of everything the class files depend on: the sources (path and content), the Java
   * runtime that compiles them and the Hibernate version they compile against.
   */
  static String key(Path sourceDir, List<Path> sources) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, FORMAT);
      update(sha, Runtime.version().toString());
      update(sha, org.hibernate.Version.getVersionString());
      for (Path source : sources) {
        update(sha, sourceDir.relativize(source).toString().replace('\\', '/'));
        sha.update(Files.readAllBytes(source));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw DriftgateException.badInput("entities/: cannot be read (" + e.getMessage() + ")");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest sha, String text) {
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  /** The cached classes for {@code key}, or null. */
  Path lookup(String key) {
    Path dir = root.resolve(key);
    return Files.isDirectory(dir) ? dir : null;
  }

  /** A fresh scratch directory to compile into. */
  Path reserve(String key) {
    try {
      Files.createDirectories(root);
      return Files.createTempDirectory(root, "tmp-" + key.substring(0, 12) + "-");
    } catch (IOException e) {
      throw DriftgateException.badInput(
          root + ": cannot create the entity class cache (" + e.getMessage() + ")");
    }
  }

  /** Moves a finished compilation into place; if another run got there first, keeps its result. */
  Path commit(String key, Path scratch) {
    Path dir = root.resolve(key);
    try {
      Files.move(scratch, dir, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) { // also: another run's result is already there
      if (!Files.isDirectory(dir)) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a scratch directory left behind costs disk space, not correctness
    }
  }
}
