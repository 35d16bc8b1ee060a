package dev.driftgate.app.build;

import dev.driftgate.migrate.Limits;
import dev.driftgate.postgres.SpaceCap;
import java.time.Duration;

/**
 * The limits of a verification (SPEC §7: bounded): time per statement of the project's scripts and
 * for the whole run, and the disk space the run's scratch databases may take. The defaults leave a
 * real project's slowest DDL (an index over a seed table) and its largest seed data far inside
 * them, and end a pull request's endless loop within minutes or its disk filler at 8 GB.
 *
 * @param diskBytes the cap on the scratch databases' total size, 0 for none ({@code --disk-limit})
 */
public record RunLimits(Duration statement, Duration run, long diskBytes) {
  /** {@code --disk-limit}'s default. */
  public static final long DEFAULT_DISK_BYTES = 8L << 30;

  public static final RunLimits DEFAULTS =
      new RunLimits(Duration.ofMinutes(5), Duration.ofMinutes(30), DEFAULT_DISK_BYTES);

  /** Time limits, with the default disk cap. */
  public RunLimits(Duration statement, Duration run) {
    this(statement, run, DEFAULT_DISK_BYTES);
  }

  public Limits startingNow() {
    return Limits.startingNow(statement, run);
  }

  /** The time limits starting now, with {@code disk} watching the space. */
  public Limits startingNow(SpaceCap disk) {
    return startingNow().capped(disk);
  }

  /** The disk cap as a user writes it: {@code 8GB}, {@code 32MB}, or bytes. */
  public String diskLabel() {
    if (diskBytes % (1L << 30) == 0) {
      return (diskBytes >> 30) + "GB";
    }
    if (diskBytes % (1L << 20) == 0) {
      return (diskBytes >> 20) + "MB";
    }
    return diskBytes + " bytes";
  }
}
