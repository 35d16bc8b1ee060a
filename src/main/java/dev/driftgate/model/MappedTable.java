package dev.driftgate.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the mapping declares about one table.
 *
 * @param role why the table exists: an entity's own table, or a table the mapping implies
 * @param columns the mapped columns by name
 */
public record MappedTable(QualifiedName name, Role role, SortedMap<String, MappedColumn> columns)
    implements java.io.Serializable {
  /** Why a mapped table exists. */
  public enum Role {
    /** The primary table of an entity (or of an entity hierarchy): its key is declared by @Id. */
    ENTITY,
    /** A {@code @SecondaryTable}, a {@code @JoinTable} or a {@code @CollectionTable}. */
    IMPLIED
  }

  public MappedTable {
    columns = Collections.unmodifiableSortedMap(new TreeMap<>(columns));
  }

  public static MappedTable of(QualifiedName name, Role role, Map<String, MappedColumn> columns) {
    return new MappedTable(name, role, new TreeMap<>(columns));
  }
}
