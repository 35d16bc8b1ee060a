package dev.driftgate.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Where driftgate keeps what it can reuse between runs (PostgreSQL binaries of other versions, a
 * freshly initialised cluster per version, compiled entities): {@code $DRIFTGATE_CACHE_DIR}, else
 * {@code $XDG_CACHE_HOME/driftgate}, else {@code ~/.cache/driftgate}. Everything in it can be
 * deleted at any time.
 */
public final class CacheDirectory {
  private CacheDirectory() {}

  /**
   * Writes a file of the cache whole: {@code text} to a new file beside {@code file}, then moved
   * into its place, so that a reader finds the old text or the new, never part of it.
   */
  public static void replace(Path file, String text) throws IOException {
    Path partial =
        Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
    try {
      Files.writeString(partial, text);
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  public static Path root() {
    return root(System.getenv(), System.getProperty("user.home"));
  }

  static Path root(Map<String, String> env, String home) {
    String explicit = env.get("DRIFTGATE_CACHE_DIR");
    if (explicit != null && !explicit.isBlank()) {
      return Paths.get(explicit);
    }
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Paths.get(xdg, "driftgate");
    }
    return Paths.get(home, ".cache", "driftgate");
  }
}
