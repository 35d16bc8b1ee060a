package dev.driftgate.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a drift check compares about one database: the user-visible objects of every user
 * schema. Maps are sorted by key so that iteration, and therefore every report, is deterministic.
 *
 * @param routines functions and procedures keyed by {@link Routine#signature()}
 * @param privileges privileges that differ from PostgreSQL's defaults, keyed by {@link
 *     Privilege#key()}
 */
public record Catalog(
    SortedSet<String> schemas,
    SortedMap<String, Extension> extensions,
    SortedMap<QualifiedName, EnumType> enums,
    SortedMap<QualifiedName, Domain> domains,
    SortedMap<QualifiedName, Sequence> sequences,
    SortedMap<QualifiedName, Table> tables,
    SortedMap<QualifiedName, View> views,
    SortedMap<String, Routine> routines,
    SortedMap<String, Privilege> privileges)
    implements java.io.Serializable {

  public Catalog {
    schemas = Collections.unmodifiableSortedSet(new TreeSet<>(schemas));
    extensions = frozen(extensions);
    enums = frozen(enums);
    domains = frozen(domains);
    sequences = frozen(sequences);
    tables = frozen(tables);
    views = frozen(views);
    routines = frozen(routines);
    privileges = frozen(privileges);
  }

  public static Catalog empty() {
    return new Catalog(
        new TreeSet<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>());
  }

  private static <K, V> SortedMap<K, V> frozen(Map<K, V> map) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }
}
