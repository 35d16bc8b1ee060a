package dev.driftgate.entity;

import dev.driftgate.model.Mapping;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What Hibernate's boot made of compiled entity sources, kept next to the class files: booting the
 * metamodel costs seconds of CPU, reading its result back milliseconds. The key covers the sources
 * (through the class files' directory), the naming strategy, the grouping by tier and the build of
 * driftgate itself, so a changed model class never reads an old file; a file that cannot be read is
 * simply booted again.
 */
final class MappingCache {
  private static final int BUFFER = 1 << 16;

  private MappingCache() {}

  /** The mappings of one load, per group, and the entity classes no group took. */
  record Entry(Map<String, Mapping> mappings, List<String> ungrouped) implements Serializable {}

  static Optional<Entry> read(Path classes, String variant) {
    Path file = file(classes, variant);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    // buffered: object streams read and write in small pieces (unbuffered, 16 MB at 5,000 tables
    // took 8 s to read instead of 0.4 s)
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        ObjectInputStream objects = new ObjectInputStream(in)) {
      return Optional.of((Entry) objects.readObject());
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      return Optional.empty();
    }
  }

  static void write(Path classes, String variant, Entry entry) {
    Path file = file(classes, variant);
    Path partial = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".part");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), BUFFER);
          ObjectOutputStream objects = new ObjectOutputStream(out)) {
        objects.writeObject(entry);
      }
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // a leftover partial file is never read
      }
    }
  }

  /** A key for the options of a load and the build of driftgate that loads. */
  static String variant(BootSettings settings, Map<String, String> groups) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((settings + "|" + groups + "|" + build()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static Path file(Path classes, String variant) {
    return classes.resolveSibling(classes.getFileName() + ".mapping-" + variant + ".ser");
  }

  /** Identifies the build of driftgate: where its classes are, their size and time. */
  private static String build() {
    try {
      Path location =
          Paths.get(Mapping.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path model =
          Files.isDirectory(location)
              ? location.resolve(Mapping.class.getName().replace('.', '/') + ".class")
              : location;
      return location + "|" + Files.size(model) + "|" + Files.getLastModifiedTime(model).toMillis();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return UUID.randomUUID().toString(); // unknown build: never reuse a cached mapping
    }
  }
}
