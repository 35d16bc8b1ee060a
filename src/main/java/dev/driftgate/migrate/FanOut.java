package dev.driftgate.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs one task per database with bounded parallelism. A failing database does not stop the others
 * unless {@code failFast}: then databases not yet started are skipped. Results come back in the
 * order of the targets, whatever order they finished in; the listener hears of each as it finishes.
 */
public final class FanOut {
  /** Told about each finished database, from the worker thread; calls are serialized. */
  @FunctionalInterface
  public interface Listener<R> {
    void finished(R result, int done, int total);
  }

  private final int parallel;
  private final boolean failFast;

  public FanOut(int parallel, boolean failFast) {
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1, got " + parallel);
    }
    this.parallel = parallel;
    this.failFast = failFast;
  }

  /**
   * Runs {@code task} on every target; {@code skipped} makes the result of a target fail-fast did
   * not start.
   */
  public <T, R> List<R> run(
      List<T> targets,
      Function<T, R> task,
      Predicate<R> failed,
      Function<T, R> skipped,
      Listener<R> listener) {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(parallel, Math.max(1, targets.size())));
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger done = new AtomicInteger();
    Object lock = new Object();
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T target : targets) {
        futures.add(
            pool.submit(
                () -> {
                  R result = stop.get() ? skipped.apply(target) : task.apply(target);
                  if (failFast && failed.test(result)) {
                    stop.set(true);
                  }
                  synchronized (lock) {
                    listener.finished(result, done.incrementAndGet(), targets.size());
                  }
                  return result;
                }));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> f : futures) {
        results.add(await(f));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the fan-out", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
