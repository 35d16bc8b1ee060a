package dev.driftgate.config;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A migration that its own tool applies (a Liquibase changelog: its changesets are too rich to
 * re-implement), instead of driftgate's script runner. The runner still owns the session, the
 * ledger and the blame: every SQL statement the tool sends goes through {@link Tagger}, which
 * records where in the project it came from.
 */
public interface ToolApplied {
  /**
   * Applies the migration on {@code connection}, a fresh session of the database.
   *
   * @return the failure that stopped it, or empty
   * @throws SQLException when the connection broke (not the project's fault)
   */
  Optional<Failure> apply(Connection connection, Tagger tagger) throws SQLException;

  /** Every file the migration reads, the master first: what its checksum covers. */
  List<Path> files();

  /** Gives each statement the tool sends its journal tag and its time limit. */
  interface Tagger {
    /**
     * The tag to prepend to {@code sql}, which comes from {@code file} (as reports show it) at
     * {@code line}.
     */
    String tag(String sql, String file, int line);

    /** The query timeout for the next statement, in seconds (the driver's unit); 0 for none. */
    int timeoutSeconds();
  }

  /**
   * What stopped the tool: the changeset's place, PostgreSQL's SQLSTATE (or null for a failure of
   * the tool's own, such as a failed precondition) and message.
   */
  record Failure(String file, int line, String sqlState, String message) {}
}
