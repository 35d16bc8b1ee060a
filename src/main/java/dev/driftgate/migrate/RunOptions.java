package dev.driftgate.migrate;

import java.time.Duration;

/**
 * How a run treats each database.
 *
 * @param lockTimeout the longest wait for the advisory lock and, as PostgreSQL's {@code
 *     lock_timeout}, for any lock a migration statement needs; zero waits as long as it takes
 * @param statementTimeout PostgreSQL's {@code statement_timeout} for migration statements; zero is
 *     none
 * @param repair accept a changed file's checksum instead of failing on it
 */
public record RunOptions(Duration lockTimeout, Duration statementTimeout, boolean repair) {}
