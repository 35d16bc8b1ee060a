/**
 * Liquibase projects, found without a manifest: the master changelog where Spring Boot, {@code
 * liquibase.properties} or {@code spring.liquibase.change-log} put it, read and applied by
 * Liquibase itself ({@code liquibase-core}), whose changesets (XML, YAML, formatted SQL, includes,
 * contexts, labels, preconditions) are too rich to re-implement. The whole changelog is one
 * run-once migration of the {@link dev.driftgate.config.Project}, applied through {@link
 * dev.driftgate.config.ToolApplied}; every SQL statement Liquibase sends is tagged with the file
 * and line of its changeset, so that blame works as for any script.
 *
 * <p>May depend on {@code config}, {@code error} and {@code layout}.
 */
package dev.driftgate.layout.liquibase;
