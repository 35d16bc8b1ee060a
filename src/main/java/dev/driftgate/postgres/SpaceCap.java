package dev.driftgate.postgres;

import java.util.Optional;

/**
 * A cap on the disk space a run's databases may take (SPEC §7: bounded). Whoever watches the space
 * cancels the running statement once the cap is reached; the executor then reports that statement,
 * and refuses the next ones, with the reason this gives.
 */
@FunctionalInterface
public interface SpaceCap {
  /** No cap. */
  SpaceCap NONE = Optional::empty;

  /** SQLSTATE disk_full: what a statement stopped by the cap fails with (not a time-out). */
  String DISK_FULL = "53100";

  /** Why the run may not go on, once the cap has been reached; empty before. */
  Optional<String> reached();
}
