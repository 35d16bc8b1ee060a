package dev.driftgate.app.build;

import dev.driftgate.report.Timing;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects phase timings from every thread of a run, for {@code --verbose} and the benchmark, and
 * tells {@link Progress} when a timed phase starts and finishes.
 */
public final class Stopwatch {
  private final List<Timing> timings = new ArrayList<>();
  private final Progress progress;

  public Stopwatch(Progress progress) {
    this.progress = progress;
  }

  /** Something timed that returns a value and may throw. */
  public interface Timed<T, E extends Exception> {
    T get() throws E;
  }

  public <T, E extends Exception> T time(String phase, Timed<T, E> work) throws E {
    progress.started(phase);
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      add(phase, start);
      progress.finished(phase);
    }
  }

  void add(String phase, long startNanos) {
    record(phase, (System.nanoTime() - startNanos) / 1_000_000);
  }

  /** A phase measured elsewhere. */
  public void record(String phase, long millis) {
    synchronized (timings) {
      timings.add(new Timing(phase, millis));
    }
  }

  public List<Timing> timings() {
    synchronized (timings) {
      return List.copyOf(timings);
    }
  }
}
