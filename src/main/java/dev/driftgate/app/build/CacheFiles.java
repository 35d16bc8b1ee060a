package dev.driftgate.app.build;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.driftgate.app.build.DatabaseBuilder.Snapshot;
import dev.driftgate.config.CacheDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

/**
 * What the replay-state cache keeps in files beside the kept cluster, per key: the entry a run
 * recorded ({@link CacheEntry}) and the state's catalog and blame ({@link SnapshotFiles}). Files
 * are written whole and moved into place, and a key names one content for ever, so runs read them
 * without holding the cluster.
 */
final class CacheFiles {
  private static final JsonFactory JSON = new JsonFactory();

  private final Path entries;
  private final SnapshotFiles snapshots;

  CacheFiles(Path entries) {
    this.entries = entries;
    this.snapshots = new SnapshotFiles(entries);
  }

  /** The files of the cache kept in {@code kept} (created if need be). */
  static CacheFiles in(Path kept) throws IOException {
    Path entries = kept.resolve("entries");
    Files.createDirectories(entries);
    return new CacheFiles(entries);
  }

  Path directory() {
    return entries;
  }

  /** What the cache recorded about a key, marked as used now (eviction goes by it). */
  Optional<CacheEntry> entry(String key) {
    Path file = entries.resolve(key + ".json");
    try {
      CacheEntry entry;
      try (JsonParser parser = JSON.createParser(file.toFile())) {
        entry = CacheEntry.read(parser);
      }
      Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
      return Optional.of(entry);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the cache recorded a key whose probe a run may take instead of probing again ({@link
   * CacheEntry#reusable()}), marked as used now; read up to that field only (written first), not
   * the journal.
   */
  boolean reusable(String key) {
    Path file = entries.resolve(key + ".json");
    try (JsonParser parser = JSON.createParser(file.toFile())) {
      if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        com.fasterxml.jackson.core.JsonToken value = parser.nextToken();
        if (field.equals("probeClean")) {
          Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
          return value != com.fasterxml.jackson.core.JsonToken.VALUE_FALSE;
        }
        parser.skipChildren();
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Whether the cache recorded a key; nothing is read. */
  boolean has(String key) {
    return Files.isRegularFile(entries.resolve(key + ".json"));
  }

  /** Records what a run learnt about a key (written whole, then moved into place). */
  void record(String key, CacheEntry entry) {
    try {
      java.io.StringWriter text = new java.io.StringWriter();
      try (JsonGenerator generator = JSON.createGenerator(text)) {
        entry.write(generator);
      }
      CacheDirectory.replace(entries.resolve(key + ".json"), text.toString());
    } catch (IOException | RuntimeException e) {
      // an entry not written is a state built again next time
    }
  }

  Optional<Snapshot> snapshot(String key) {
    return snapshots.read(key);
  }

  boolean hasSnapshot(String key) {
    return snapshots.exists(key);
  }

  void remember(String key, Snapshot snapshot) {
    snapshots.write(key, snapshot);
  }

  boolean hasBase(String name) {
    return snapshots.hasBase(name);
  }

  Optional<dev.driftgate.catalog.CatalogObjects> baseObjects(String name) {
    return snapshots.baseObjects(name);
  }

  Optional<dev.driftgate.model.Catalog> baseCatalog(
      String name, java.util.function.Supplier<dev.driftgate.model.Catalog> setup) {
    return snapshots.baseCatalog(name, setup);
  }

  void rememberBase(
      String name, dev.driftgate.catalog.CatalogState base, dev.driftgate.model.Catalog setup) {
    snapshots.writeBase(name, base, setup);
  }
}
