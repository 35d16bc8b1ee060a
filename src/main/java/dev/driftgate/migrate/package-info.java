/**
 * The migration runner: executing script statements with psql's semantics and their source
 * locations, one transaction per migration per database, the ledger of what ran where, checksums
 * and advisory locks. The drift check replays migrations through this same code, so its correctness
 * is the suite's correctness.
 *
 * <p>May depend on {@code sqlscript}, {@code postgres}, {@code config} and {@code error}.
 */
package dev.driftgate.migrate;
