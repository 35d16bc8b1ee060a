package dev.driftgate.app.migrate;

import java.time.Duration;

/**
 * The options of {@code migrate}.
 *
 * @param migration the one migration to apply, or null for every pending one
 * @param tenant only this tenant's database, or null
 * @param lockTimeout longest wait for the advisory lock and for each statement's locks; zero: no
 *     limit
 * @param statementTimeout PostgreSQL's {@code statement_timeout} for migration statements; zero:
 *     none
 * @param parallel how many databases at once (bounded by the connection budget)
 */
public record MigrateOptions(
    String migration,
    String tenant,
    Duration lockTimeout,
    Duration statementTimeout,
    boolean repair,
    boolean dryRun,
    int parallel,
    boolean failFast) {}
