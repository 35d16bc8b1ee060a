package dev.driftgate.data;

import dev.driftgate.model.QualifiedName;

/**
 * What one statement did to a table that holds rows, measured while it ran over them.
 *
 * @param location {@code file:line} of the statement
 * @param lock the strongest lock the migration's session held on the table after the statement
 * @param millis how long the statement ran
 * @param rows how many rows the table held when the replay started
 */
public record Hazard(
    Kind kind, String location, QualifiedName table, String lock, long millis, long rows) {

  /** The kinds of work that keep a busy table waiting. */
  public enum Kind {
    /** The table was written anew (its file node changed): reads and writes wait throughout. */
    REWRITE,
    /** An index was built under a lock that blocks writes (no CONCURRENTLY). */
    INDEX_BUILD,
    /** Every row was read to validate a constraint under a lock that blocks writes. */
    VALIDATION_SCAN
  }

  /** The lock modes in order of strength, as {@code pg_locks.mode} names them. */
  static final String[] LOCKS = {
    "AccessShareLock",
    "RowShareLock",
    "RowExclusiveLock",
    "ShareUpdateExclusiveLock",
    "ShareLock",
    "ShareRowExclusiveLock",
    "ExclusiveLock",
    "AccessExclusiveLock"
  };

  /** The weakest lock that blocks writes ({@code INSERT}, {@code UPDATE}, {@code DELETE}). */
  static final int BLOCKS_WRITES = 5;
}
