/**
 * driftgate's own layout: {@code setup_databases.sql}, {@code migrations/manifest.yaml} (SPEC §4)
 * and every {@code .sql} file of {@code migrations/} registered in it.
 *
 * <p>May depend on {@code config} and {@code layout}.
 */
package dev.driftgate.layout.manifest;
