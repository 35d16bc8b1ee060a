package dev.driftgate.app;

/**
 * Hears when a long step of a run starts, so the command line can show progress on a terminal. It
 * learns nothing about results (those are the report's) and must not slow the run down.
 */
@FunctionalInterface
public interface Progress {
  /** Shows nothing. */
  Progress NONE = step -> {};

  /**
   * A step starts: {@code server start}, {@code tenant setup build}, {@code tenant migration 2/6
   * add_skills_tables}. Called from any thread of the run.
   */
  void step(String description);
}
