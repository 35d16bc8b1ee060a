package dev.driftgate.cli;

import dev.driftgate.app.build.Progress;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress on a terminal: one status line on standard error with the elapsed time and the steps
 * running, redrawn in place as steps start and finish and while a slow one runs (a first server
 * start unpacks binaries), and erased when the run ends, so the report is not interleaved with it.
 */
final class TerminalProgress implements Progress, AutoCloseable {
  private static final String ERASE_LINE = "\r\u001b[2K";
  private static final int WIDTH = 78;
  private final PrintWriter err;
  private final long start = System.nanoTime();
  private final List<String> running = new ArrayList<>();
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "driftgate-progress");
            t.setDaemon(true);
            return t;
          });
  private String shown;

  TerminalProgress(PrintWriter err) {
    this.err = err;
    ticker.scheduleAtFixedRate(this::draw, 500, 500, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void started(String step) {
    running.add(step);
    draw();
  }

  @Override
  public synchronized void finished(String step) {
    running.remove(step);
    draw();
  }

  private synchronized void draw() {
    if (!running.isEmpty()) {
      shown = String.join(" · ", running);
    }
    if (shown == null) {
      return;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String line = String.format(Locale.ROOT, "driftgate [%5.1f s] %s …", seconds, shown);
    err.print(ERASE_LINE + (line.length() > WIDTH ? line.substring(0, WIDTH - 1) + "…" : line));
    err.flush();
  }

  /** Stops redrawing and erases the status line. */
  @Override
  public synchronized void close() {
    ticker.shutdownNow();
    if (shown != null) {
      err.print(ERASE_LINE);
      err.flush();
      shown = null;
      running.clear();
    }
  }
}
