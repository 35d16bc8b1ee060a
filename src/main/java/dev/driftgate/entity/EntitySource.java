package dev.driftgate.entity;

import java.nio.file.Path;
import java.util.List;

/** Where entity classes come from. */
public sealed interface EntitySource permits EntitySource.Sources, EntitySource.Classpath {

  /**
   * Java sources under {@code dir}, compiled in-process; locations are shown relative to {@code
   * projectRoot} ({@code entities/dev/x/Foo.java:12}).
   */
  record Sources(Path projectRoot, Path dir) implements EntitySource {}

  /**
   * Compiled classes in directories or jars; only classes in {@code packagePrefix} (or its
   * subpackages) are considered when it is not null, and only those of the persistence unit {@code
   * persistenceUnit} of their {@code META-INF/persistence.xml}, with its settings, when that is not
   * null. Locations are {@code dev.x.Foo#field}.
   */
  record Classpath(List<Path> entries, String packagePrefix, String persistenceUnit)
      implements EntitySource {
    public Classpath {
      entries = List.copyOf(entries);
    }

    /** Every class of the entries (in {@code packagePrefix}), without a persistence unit. */
    public Classpath(List<Path> entries, String packagePrefix) {
      this(entries, packagePrefix, null);
    }
  }
}
