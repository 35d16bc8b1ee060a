package dev.driftgate.catalog;

import java.util.Arrays;
import java.util.List;

/**
 * The relations a read of relations and their parts covers: every one in the user schemas, or only
 * some of them (the ones a migration changed, {@link CatalogReader#readChanged}).
 *
 * @param schemas the oids of the user schemas (an {@code oid[]})
 * @param relations the oids of the relations to read (an {@code oid[]}), or null for all of them
 */
record RelationScope(Object schemas, Object relations) {
  static RelationScope all(Object schemas) {
    return new RelationScope(schemas, null);
  }

  /** The parameters of a per-relation query: the schemas, then the relations twice. */
  List<Object> parameters() {
    return Arrays.asList(schemas, relations, relations);
  }
}
