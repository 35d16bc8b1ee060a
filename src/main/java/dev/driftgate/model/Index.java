package dev.driftgate.model;

import java.util.List;

/**
 * An index that no constraint owns (constraint-backed indexes are compared as constraints).
 *
 * @param keys key columns, or the expression text for expression keys, in key order
 * @param predicate the partial-index predicate, or null
 * @param shape the deparsed definition without the index name: method, keys with opclass,
 *     collation, order and nulls order, INCLUDE, NULLS NOT DISTINCT and predicate — two indexes
 *     with the same shape are the same index; storage parameters are not part of it
 * @param options storage parameters ({@code pg_class.reloptions}): {@code fillfactor=70}
 */
public record Index(
    String name,
    boolean unique,
    String method,
    List<String> keys,
    List<String> include,
    String predicate,
    String shape,
    List<String> options)
    implements java.io.Serializable {
  public Index {
    keys = List.copyOf(keys);
    include = List.copyOf(include);
    options = List.copyOf(options);
  }
}
