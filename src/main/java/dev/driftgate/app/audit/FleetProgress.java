package dev.driftgate.app.audit;

import dev.driftgate.app.build.Progress;

/** The progress line of an audit: how many databases of the fleet are done. */
final class FleetProgress {
  private final Progress progress;
  private final int total;
  private String shown;

  FleetProgress(Progress progress, int total) {
    this.progress = progress;
    this.total = total;
    show(0);
  }

  /** A database finished (calls are serialized by the fan-out). */
  synchronized void done(int done) {
    show(done);
  }

  synchronized void close() {
    progress.finished(shown);
  }

  private void show(int done) {
    String step = "audit " + done + "/" + total + " databases";
    if (shown != null) {
      progress.finished(shown);
    }
    progress.started(step);
    shown = step;
  }
}
