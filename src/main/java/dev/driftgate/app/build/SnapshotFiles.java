package dev.driftgate.app.build;

import dev.driftgate.app.build.DatabaseBuilder.Snapshot;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.Provenance;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A kept state's catalog and blame, read once and written beside the cache's entries, so that a run
 * that finds the state unchanged reads neither again. Only the model's own types (and the
 * collections and values they hold) are accepted when a file is read back.
 */
final class SnapshotFiles {
  private static final ObjectInputFilter MODEL_ONLY =
      ObjectInputFilter.Config.createFilter(
          "dev.driftgate.model.*;java.util.*;java.lang.*;java.time.*;maxdepth=64;!*");

  private final Path directory;

  SnapshotFiles(Path directory) {
    this.directory = directory;
  }

  boolean exists(String key) {
    return Files.isRegularFile(directory.resolve(key + ".snapshot"));
  }

  Optional<Snapshot> read(String key) {
    Path file = directory.resolve(key + ".snapshot");
    if (!exists(key)) {
      return Optional.empty();
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        ObjectInputStream objects = new ObjectInputStream(in)) {
      objects.setObjectInputFilter(MODEL_ONLY);
      Catalog catalog = (Catalog) objects.readObject();
      Provenance provenance = (Provenance) objects.readObject();
      return Optional.of(new Snapshot(catalog, provenance));
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      return Optional.empty(); // another build's model, or a file cut short: read the database
    }
  }

  void write(String key, Snapshot snapshot) {
    try {
      Path partial = Files.createTempFile(directory, key, ".partial");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
          ObjectOutputStream objects = new ObjectOutputStream(out)) {
        objects.writeObject(snapshot.catalog());
        objects.writeObject(snapshot.provenance());
      }
      Files.move(
          partial,
          directory.resolve(key + ".snapshot"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // read from the database next time
    }
  }
}
