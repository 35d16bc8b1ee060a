/**
 * {@code audit} (issue 17): a fleet of live databases (the master and every active tenant it lists,
 * a list of JDBC URLs, or the databases of a server whose names match a pattern), each read
 * strictly read-only and compared with the replay of its tier's migrations up to its own ledger
 * position. Databases whose catalogs have the same fingerprint at the same position are compared
 * once. The replay state at a position is one class ({@code ReplayAtPosition}), so that a cache of
 * replay states can take its place.
 *
 * <p>Depends on {@code app.build} and the packages below {@code app}, never on another use case.
 */
package dev.driftgate.app.audit;
