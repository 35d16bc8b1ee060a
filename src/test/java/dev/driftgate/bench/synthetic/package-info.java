/**
 * The synthetic project generator of the benchmark (issue 7): a deterministic, SPEC-shaped project
 * of any size, whose baseline plus migrations equal its canonical script exactly and whose JPA
 * entities match both.
 *
 * <p>It generates the schema as a history: the baseline, then one change per migration, each object
 * remembering the migration that made it ({@code since}, 0 for the baseline). Every file is then a
 * view of that history: the canonical script and the baseline are snapshots, a migration is the
 * idempotent DDL of one step, the entities map the final state.
 *
 * <p>Test scope only; depends on nothing of driftgate.
 */
package dev.driftgate.bench.synthetic;
