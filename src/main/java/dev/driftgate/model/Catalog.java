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

  /** The same objects with these tables and views. */
  public Catalog withRelations(
      Map<QualifiedName, Table> newTables, Map<QualifiedName, View> newViews) {
    return with(new TreeMap<>(newTables), new TreeMap<>(newViews), privileges);
  }

  /** The same objects with these privileges. */
  public Catalog withPrivileges(Map<String, Privilege> newPrivileges) {
    return with(tables, views, new TreeMap<>(newPrivileges));
  }

  private Catalog with(
      SortedMap<QualifiedName, Table> newTables,
      SortedMap<QualifiedName, View> newViews,
      SortedMap<String, Privilege> newPrivileges) {
    return new Catalog(
        schemas,
        extensions,
        enums,
        domains,
        sequences,
        newTables,
        newViews,
        routines,
        newPrivileges);
  }

  /**
   * Whether the object privileges are granted on is one this catalog holds. A sequence counts where
   * its schema does: an identity column's sequence is not among {@link #sequences}.
   */
  public boolean holds(Securable on) {
    QualifiedName name = QualifiedName.of(on.schema(), on.name());
    return switch (on.kind()) {
      case SCHEMA, SEQUENCE -> schemas.contains(on.schema());
      case TYPE -> enums.containsKey(name);
      case DOMAIN -> domains.containsKey(name);
      case TABLE -> tables.containsKey(name) || views.containsKey(name);
      case COLUMN -> hasColumn(name, on.detail());
      case ROUTINE -> routines.containsKey(on.object());
      case DEFAULT -> on.schema() == null || schemas.contains(on.schema());
    };
  }

  private boolean hasColumn(QualifiedName relation, String column) {
    Table t = tables.get(relation);
    if (t != null) {
      return t.columns().stream().anyMatch(c -> c.name().equals(column));
    }
    View v = views.get(relation);
    return v != null && v.columns().contains(column);
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
