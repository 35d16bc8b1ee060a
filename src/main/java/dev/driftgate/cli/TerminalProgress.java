package dev.driftgate.cli;

import dev.driftgate.app.Progress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on a terminal: one status line on standard error, rewritten in place as steps start and
 * erased when the run ends, so the report that follows is not interleaved with it.
 */
final class TerminalProgress implements Progress, AutoCloseable {
  private static final String ERASE_LINE = "\r\u001b[2K";
  private static final int WIDTH = 78;
  private final PrintWriter err;
  private final long start = System.nanoTime();
  private boolean shown;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void step(String description) {
    double seconds = (System.nanoTime() - start) / 1e9;
    String line = String.format(Locale.ROOT, "driftgate [%5.1f s] %s …", seconds, description);
    err.print(ERASE_LINE + (line.length() > WIDTH ? line.substring(0, WIDTH - 1) + "…" : line));
    err.flush();
    shown = true;
  }

  /** Erases the status line. */
  @Override
  public synchronized void close() {
    if (shown) {
      err.print(ERASE_LINE);
      err.flush();
      shown = false;
    }
  }
}
