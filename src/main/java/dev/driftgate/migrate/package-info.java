/**
 * The migration runner: executing script statements with psql's semantics and their source
 * locations, one transaction per migration per database, the ledger of what ran where, checksums,
 * the per-database advisory lock, the tenant registry of the master database, bounded tenant
 * fan-out, {@code init-db} on one database, and the linter. The drift check replays migrations
 * through this same code, so its correctness is the suite's correctness.
 *
 * <p>Per database the order is fixed: take the advisory lock, then read the ledger, then apply; so
 * concurrent runners serialize per database and never apply a migration twice. What the runner did
 * is data ({@code DatabaseOutcome}, {@code LintFinding}); exceptions mean the run could not happen.
 *
 * <p>May depend on {@code sqlscript}, {@code postgres}, {@code config} and {@code error}.
 */
package dev.driftgate.migrate;
