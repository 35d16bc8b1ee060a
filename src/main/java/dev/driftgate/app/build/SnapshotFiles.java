package dev.driftgate.app.build;

import dev.driftgate.app.build.DatabaseBuilder.Snapshot;
import dev.driftgate.catalog.CatalogObjects;
import dev.driftgate.catalog.CatalogState;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.Provenance;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Table;
import dev.driftgate.model.View;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A kept state's catalog and blame, read once and written beside the cache's entries, so that a run
 * that finds the state unchanged reads neither again; and the catalog of a state a trial starts
 * from, with what it was read from ({@link CatalogState}), so that the trial reads again only what
 * its migration changed. Only the model's own types (and the collections and values they hold) are
 * accepted when a catalog is read back.
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
    return read(
        key + ".snapshot",
        MODEL_ONLY,
        objects -> new Snapshot((Catalog) objects.readObject(), (Provenance) objects.readObject()));
  }

  void write(String key, Snapshot snapshot) {
    write(key + ".snapshot", snapshot.catalog(), snapshot.provenance());
  }

  /**
   * Whether a run wrote down the catalog a trial starts from, with its objects, under {@code name}
   * (which names the state, the database it was read from and the setup it was kept against).
   */
  boolean hasBase(String name) {
    return Files.isRegularFile(directory.resolve(name + ".objects"))
        && Files.isRegularFile(directory.resolve(name + ".catalog"));
  }

  /** The objects of that catalog (a few hundred kilobytes at 1,000 tables). */
  Optional<CatalogObjects> baseObjects(String name) {
    Path file = directory.resolve(name + ".objects");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      return Optional.of(CatalogObjects.readFrom(in));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // cut short: read the database
    }
  }

  /**
   * The catalog itself, loaded while the trial runs its migration. It was written as what differs
   * from the tier's setup (in a project without drift, nearly nothing), which {@code setup} gives
   * (null: the setup failed).
   */
  Optional<Catalog> baseCatalog(String name, Supplier<Catalog> setup) {
    return read(
            name + ".catalog",
            MODEL_ONLY,
            objects ->
                new BaseCatalog(
                    (Catalog) objects.readObject(),
                    names(objects.readObject()),
                    names(objects.readObject())))
        .flatMap(base -> base.against(setup));
  }

  /** Writes a trial's base down under {@code name}, as what differs from {@code setup} (if any). */
  void writeBase(String name, CatalogState base, Catalog setup) {
    BaseCatalog written = BaseCatalog.of(base.catalog(), setup);
    write(
        name + ".catalog",
        written.rest(),
        new java.util.ArrayList<>(written.sharedTables()),
        new java.util.ArrayList<>(written.sharedViews()));
    writeFile(name + ".objects", out -> base.objects().writeTo(new DataOutputStream(out)));
  }

  @SuppressWarnings("unchecked")
  private static List<QualifiedName> names(Object list) {
    return List.copyOf((List<QualifiedName>) list);
  }

  /**
   * A base catalog as written: the tables and views equal to the setup's same-named ones by name
   * only ({@code shared...}), everything else whole ({@code rest}).
   */
  private record BaseCatalog(
      Catalog rest, List<QualifiedName> sharedTables, List<QualifiedName> sharedViews) {
    static BaseCatalog of(Catalog base, Catalog setup) {
      if (setup == null) {
        return new BaseCatalog(base, List.of(), List.of());
      }
      java.util.TreeMap<QualifiedName, Table> tables = new java.util.TreeMap<>();
      java.util.TreeMap<QualifiedName, View> views = new java.util.TreeMap<>();
      List<QualifiedName> sharedTables = split(base.tables(), setup.tables(), tables);
      List<QualifiedName> sharedViews = split(base.views(), setup.views(), views);
      return new BaseCatalog(base.withRelations(tables, views), sharedTables, sharedViews);
    }

    Optional<Catalog> against(Supplier<Catalog> setup) {
      if (sharedTables.isEmpty() && sharedViews.isEmpty()) {
        return Optional.of(rest);
      }
      Catalog s = setup.get();
      if (s == null) {
        return Optional.empty();
      }
      java.util.TreeMap<QualifiedName, Table> tables = new java.util.TreeMap<>(rest.tables());
      java.util.TreeMap<QualifiedName, View> views = new java.util.TreeMap<>(rest.views());
      return join(sharedTables, s.tables(), tables) && join(sharedViews, s.views(), views)
          ? Optional.of(rest.withRelations(tables, views))
          : Optional.empty();
    }

    /**
     * The names of {@code base}'s models equal to {@code setup}'s; the others go to {@code rest}.
     */
    private static <V> List<QualifiedName> split(
        Map<QualifiedName, V> base, Map<QualifiedName, V> setup, Map<QualifiedName, V> rest) {
      List<QualifiedName> shared = new java.util.ArrayList<>();
      base.forEach(
          (name, model) -> {
            if (model.equals(setup.get(name))) {
              shared.add(name);
            } else {
              rest.put(name, model);
            }
          });
      return shared;
    }

    /** Puts {@code setup}'s models of {@code shared} into {@code into}; false if one is gone. */
    private static <V> boolean join(
        List<QualifiedName> shared, Map<QualifiedName, V> setup, Map<QualifiedName, V> into) {
      for (QualifiedName name : shared) {
        V model = setup.get(name);
        if (model == null) {
          return false;
        }
        into.put(name, model);
      }
      return true;
    }
  }

  /** Reads what a file holds. */
  @FunctionalInterface
  private interface Reading<T> {
    T read(ObjectInputStream objects) throws IOException, ClassNotFoundException;
  }

  private <T> Optional<T> read(String name, ObjectInputFilter filter, Reading<T> reading) {
    Path file = directory.resolve(name);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        ObjectInputStream objects = new ObjectInputStream(in)) {
      objects.setObjectInputFilter(filter);
      return Optional.of(reading.read(objects));
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      return Optional.empty(); // another build's model, or a file cut short: read the database
    }
  }

  private void write(String name, Object... values) {
    writeFile(
        name,
        out -> {
          ObjectOutputStream objects = new ObjectOutputStream(out);
          for (Object value : values) {
            objects.writeObject(value);
          }
          objects.flush();
        });
  }

  /** Writes the content of a file. */
  @FunctionalInterface
  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes a file whole beside the others and moves it into place; a failure writes nothing. */
  private void writeFile(String name, Content content) {
    try {
      Path partial = Files.createTempFile(directory, name, ".partial");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
        content.writeTo(out);
      }
      Files.move(
          partial,
          directory.resolve(name),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // read from the database next time
    }
  }
}
