package dev.driftgate.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The machine a benchmark ran on, for the published table. */
record Machine(String cpu, int cores, String memory, String java, String psql, String date) {

  static Machine describe(Path scratch) {
    String java =
        System.getenv("JAVA_HOME") == null ? "java" : System.getenv("JAVA_HOME") + "/bin/java";
    return new Machine(
        procLine("/proc/cpuinfo", "model name"),
        Runtime.getRuntime().availableProcessors(),
        gib(procLine("/proc/meminfo", "MemTotal")),
        Command.firstLine(List.of(java, "-version"), scratch),
        Command.firstLine(List.of("psql", "--version"), scratch),
        ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
  }

  /** The 1-, 5- and 15-minute load averages. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The one-minute load average, or 0 where the system does not say. */
  static double oneMinuteLoad() {
    try {
      return Double.parseDouble(loadAverage().split(" ")[0]);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * Waits until the one-minute load average drops below {@code threshold} or {@code maxSeconds}
   * pass, telling {@code out} why it waits; returns the load it finally starts at.
   */
  static double awaitIdle(double threshold, int maxSeconds, PrintStream out) {
    long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
    double load = oneMinuteLoad();
    if (threshold > 0 && load >= threshold) {
      out.printf(
          Locale.ROOT,
          "waiting for the load average to drop below %.1f (now %.2f)%n",
          threshold,
          load);
    }
    while (threshold > 0 && load >= threshold && System.nanoTime() < deadline) {
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      load = oneMinuteLoad();
    }
    return load;
  }

  /** {@code 24683620 kB} as {@code 23.5 GiB}. */
  private static String gib(String kib) {
    try {
      double value = Double.parseDouble(kib.split("\\s+")[0]) / 1024 / 1024;
      return String.format(Locale.ROOT, "%.1f GiB", value);
    } catch (NumberFormatException e) {
      return kib;
    }
  }

  private static String procLine(String file, String key) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
