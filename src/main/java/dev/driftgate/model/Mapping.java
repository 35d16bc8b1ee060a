package dev.driftgate.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The schema a set of JPA entities maps, and what their mappings declare beyond it. {@code catalog}
 * holds the tables, columns, keys, indexes and sequences the way the ORM would create them; {@code
 * tables} says, per table and column, which of those facts the mapping declared (a length, a
 * precision, a column definition), because an entity asserts only what it declares.
 *
 * @param provenance where each object is declared: {@code entities/dev/x/Foo.java:12}, or {@code
 *     dev.x.Foo#field} for compiled classes
 * @param entities the names of the mapped entity classes
 */
public record Mapping(
    Catalog catalog,
    Provenance provenance,
    SortedMap<QualifiedName, MappedTable> tables,
    SortedSet<String> entities)
    implements java.io.Serializable {
  public Mapping {
    tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
    entities = Collections.unmodifiableSortedSet(new TreeSet<>(entities));
  }
}
