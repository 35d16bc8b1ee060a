/**
 * The runner's use cases against the databases of the settings: {@code migrate} (one, all, list),
 * {@code status} and {@code init-db}, with the tenant fan-out ({@code Targets}) and the ledger as
 * the reports show it.
 */
package dev.driftgate.app.migrate;
