package dev.driftgate.migrate;

import dev.driftgate.sqlscript.SourceLocation;

/**
 * A statement PostgreSQL rejected: where it is, what PostgreSQL said and its SQLSTATE. This is data
 * about the project (a failed migration is drift), not a failure of the run.
 *
 * @param detail PostgreSQL's detail line ({@code Key (email)=(a@b.c) is duplicated.}), or null
 * @param location the line of the statement, or of the failing line inside it where PostgreSQL says
 *     which
 */
public record SqlFailure(SourceLocation location, String sqlState, String message, String detail) {
  public SqlFailure(SourceLocation location, String sqlState, String message) {
    this(location, sqlState, message, null);
  }

  @Override
  public String toString() {
    return location + ": " + message + " (SQLSTATE " + sqlState + ")";
  }
}
