package dev.driftgate.error;

/**
 * Why a run could not happen. Each code owns the process exit code of SPEC §6, so the mapping from
 * a failure to an exit code lives in exactly one place.
 */
public enum ErrorCode {
  /** Bad usage or bad input: missing file, malformed manifest, SQL that cannot be lexed. */
  BAD_INPUT(2),
  /** PostgreSQL could not be started or reached. */
  INFRASTRUCTURE(3);

  private final int exitCode;

  ErrorCode(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
