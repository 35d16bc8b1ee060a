package dev.driftgate.migrate;

import dev.driftgate.postgres.SpaceCap;
import java.time.Duration;
import java.util.Optional;

/**
 * How long one statement of a project's scripts, and all of them together, may run (SPEC §7: a pull
 * request's {@code DO} block that loops forever must not hang the gate). The limit is the driver's
 * own query timeout, which cancels the statement from outside the session, so no {@code SET
 * statement_timeout} in a script can lift it.
 *
 * @param statement the longest a statement may run
 * @param deadline {@link System#nanoTime()} by which the run must be done
 * @param space the cap on the run's disk space, watched from outside
 */
public record Limits(Duration statement, long deadline, SpaceCap space) {
  /** No limit: driftgate's own work, and the runner where the user sets none. */
  public static final Limits NONE = new Limits(Duration.ZERO, Long.MAX_VALUE);

  /** Time limits without a cap on disk space. */
  public Limits(Duration statement, long deadline) {
    this(statement, deadline, SpaceCap.NONE);
  }

  /** The same time limits, with {@code cap} on disk space. */
  public Limits capped(SpaceCap cap) {
    return new Limits(statement, deadline, cap);
  }

  /** Limits for a run that starts now. */
  public static Limits startingNow(Duration statement, Duration run) {
    return new Limits(statement, System.nanoTime() + run.toNanos());
  }

  /**
   * Seconds to give the next statement (the driver's unit), 0 for no limit, or -1 when the run's
   * time is already up.
   */
  int nextStatementSeconds() {
    if (this == NONE) {
      return 0;
    }
    if (space.reached().isPresent()) {
      return -1;
    }
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      return -1;
    }
    long limit = statement.isZero() ? remaining : Math.min(statement.toNanos(), remaining);
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (limit + 999_999_999L) / 1_000_000_000L));
  }

  /** What a statement cancelled by these limits reports. */
  String exceeded() {
    Optional<String> full = space.reached();
    if (full.isPresent()) {
      return full.get();
    }
    return deadline - System.nanoTime() <= 0
        ? "the run's time limit was reached (--timeout); the statement was cancelled"
        : "the statement ran longer than "
            + statement.toSeconds()
            + " s (--statement-timeout) and was cancelled";
  }

  /** The SQLSTATE of a statement these limits stopped: a time-out, or the disk cap's. */
  String exceededState() {
    return space.reached().isPresent() ? SpaceCap.DISK_FULL : ScriptExecutor.CANCELED;
  }
}
