package dev.driftgate.app.build;

/**
 * Hears when long steps of a run start and finish, so the command line can show progress on a
 * terminal. It learns nothing about results (those are the report's) and must not slow the run
 * down. Steps of parallel work overlap; calls come from any thread of the run.
 */
public interface Progress extends dev.driftgate.postgres.StartupSteps {
  /** Shows nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void started(String step) {}

        @Override
        public void finished(String step) {}
      };

  /**
   * A step starts: {@code server start}, {@code tenant setup build}, {@code tenant migration 2/6
   * add_skills_tables}.
   */
  void started(String step);

  /** The step of the same name finished, successfully or not. */
  void finished(String step);
}
