package dev.driftgate.postgres;

/** Hears about the slow steps of starting a server (a first download of binaries), for progress. */
public interface StartupSteps {
  StartupSteps NONE =
      new StartupSteps() {
        @Override
        public void started(String step) {}

        @Override
        public void finished(String step) {}
      };

  void started(String step);

  void finished(String step);
}
