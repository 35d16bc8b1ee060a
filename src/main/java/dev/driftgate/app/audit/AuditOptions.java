package dev.driftgate.app.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code audit} reads and how.
 *
 * @param jdbcUrls the databases to audit; with {@code databasePattern}, at most one: the server
 *     whose databases are listed; empty: the databases of the settings
 * @param databasePattern a glob ({@code *}, {@code ?}) over database names, or null
 * @param maxConnections connections open at once per server
 * @param stateFile where results are kept for a resumed run, or null
 * @param statementTimeout {@code statement_timeout} of every read
 * @param lockTimeout {@code lock_timeout} of every read
 */
public record AuditOptions(
    List<String> jdbcUrls,
    String databasePattern,
    int maxConnections,
    Path stateFile,
    Duration statementTimeout,
    Duration lockTimeout) {
  public AuditOptions {
    jdbcUrls = List.copyOf(jdbcUrls);
  }

  /** The session options of every read-only connection. */
  String sessionOptions() {
    return "-c statement_timeout="
        + statementTimeout.toMillis()
        + " -c lock_timeout="
        + lockTimeout.toMillis();
  }
}
