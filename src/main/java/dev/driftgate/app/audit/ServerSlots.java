package dev.driftgate.app.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The connection budget of an audit: at most so many sessions at once on each server, however many
 * threads read, so that a fleet on one production server is read gently. Unless the command line
 * says how many ({@code --max-connections}), a server gets {@value #DEFAULT}, and a server on this
 * machine no more than it has cores: its sessions and this process share them, and more sessions
 * than cores only add switching (500 tenants on 2 cores: 26 s with 2 sessions, 29–30 s with 4).
 */
final class ServerSlots {
  static final int DEFAULT = 4;
  private final int max;
  private final int cores;
  private final Map<String, Semaphore> slots = new ConcurrentHashMap<>();

  /** {@code max} sessions per server; 0 for the default. */
  ServerSlots(int max) {
    this(max, Runtime.getRuntime().availableProcessors());
  }

  ServerSlots(int max, int cores) {
    this.max = max;
    this.cores = cores;
  }

  Semaphore of(String server) {
    return slots.computeIfAbsent(server, s -> new Semaphore(limit(s), true));
  }

  /** How many sessions {@code server} ({@code host:port}) may have open at once. */
  int limit(String server) {
    if (max > 0) {
      return max;
    }
    return local(server.substring(0, Math.max(0, server.lastIndexOf(':'))))
        ? Math.max(1, Math.min(DEFAULT, cores))
        : DEFAULT;
  }

  /** Whether {@code host} is this machine: {@code localhost} or a loopback address (no lookup). */
  private static boolean local(String host) {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (bare.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!bare.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*")) {
      return false; // a name: resolving it could block, and a name is rarely this machine
    }
    try {
      return InetAddress.getByName(bare).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
