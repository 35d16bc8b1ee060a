package dev.driftgate.app.audit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The connection budget of an audit: at most {@code max} sessions at once on each server, however
 * many threads read, so that a fleet on one production server is read gently.
 */
final class ServerSlots {
  private final int max;
  private final Map<String, Semaphore> slots = new ConcurrentHashMap<>();

  ServerSlots(int max) {
    this.max = max;
  }

  Semaphore of(String server) {
    return slots.computeIfAbsent(server, s -> new Semaphore(max, true));
  }
}
