/**
 * The diff engine: keyed comparison of two {@link dev.driftgate.model.Catalog}s into a closed
 * vocabulary of {@link dev.driftgate.diff.Finding}s, with PostgreSQL's equivalences in one rule set
 * ({@link dev.driftgate.diff.Equivalence}) and the SQL that removes each difference ({@link
 * dev.driftgate.diff.Ddl}).
 *
 * <p>Depends on {@code model} only.
 */
package dev.driftgate.diff;
