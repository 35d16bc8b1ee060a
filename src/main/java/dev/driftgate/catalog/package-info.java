/**
 * Live database to {@link dev.driftgate.model.Catalog}. One bulk query per object kind, each in its
 * own {@code .sql} resource next to this package, bound to the oids of the user schemas: no
 * per-object round trips, so reading a 1,000-table catalog costs a few hundred milliseconds.
 *
 * <p>Why not SchemaCrawler for the read itself: measured here (PERF-NOTES), its {@code standard}
 * level takes 5.7 s for 1,000 tables and 61 s for 5,000 (a quadratic sort plus per-table {@code
 * DatabaseMetaData} calls), and partial index predicates, expression keys, sequences and enum
 * labels only appear at {@code maximum} (88 s, 923 MB at 5,000). The test suite uses SchemaCrawler
 * as an independent oracle for what this package reads.
 *
 * <p>Depends on {@code model} (and {@code error}).
 */
package dev.driftgate.catalog;
