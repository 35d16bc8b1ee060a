package dev.driftgate.app.build;

import dev.driftgate.migrate.Limits;
import java.time.Duration;

/**
 * The time limits of a verification (SPEC §7: bounded): per statement of the project's scripts and
 * for the whole run. The defaults leave a real project's slowest DDL (an index over a seed table)
 * far inside them and end a pull request's endless loop within minutes.
 */
public record RunLimits(Duration statement, Duration run) {
  public static final RunLimits DEFAULTS =
      new RunLimits(Duration.ofMinutes(5), Duration.ofMinutes(30));

  public Limits startingNow() {
    return Limits.startingNow(statement, run);
  }
}
