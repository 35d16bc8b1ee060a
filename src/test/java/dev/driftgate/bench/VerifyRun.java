package dev.driftgate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code ./driftgate verify --project DIR --format json} in a fresh JVM, as a user runs it (the
 * launcher's own JVM flags), with a GC log for the heap and {@code /usr/bin/time} for the peak
 * resident set. The figures: every {@code timings_ms} phase (the per-migration phases summed into
 * one), {@code duration_ms}, the process's wall time, and the heap.
 */
final class VerifyRun {
  static final String WALL = "verify, process wall (fresh JVM)";
  static final String IN_PROCESS = "verify, in-process (duration_ms)";
  static final String PEAK_HEAP = "peak heap used (GC log)";

  /** A phase with a counter, {@code tenant migration 3/90 add_x}: summed per prefix. */
  private static final Pattern COUNTED = Pattern.compile("^(.*?)(\\d+)/(\\d+)\\b.*$");

  private static final String TIME = "/usr/bin/time";

  /** A run's figures and its verdict. */
  record Outcome(Sample sample, String status, String summary, String postgres) {}

  private final Path launcher;
  private final List<String> extraArguments;

  /** Runs {@code launcher verify ... extraArguments} ({@code --data 10000}). */
  VerifyRun(Path launcher, List<String> extraArguments) {
    this.launcher = launcher;
    this.extraArguments = List.copyOf(extraArguments);
  }

  Outcome run(Path project, Path dir, String id) throws IOException {
    Path json = dir.resolve("verify-" + id + ".json");
    Path gc = dir.resolve("gc-" + id + ".log");
    Path rss = dir.resolve("rss-" + id + ".txt");
    Path log = dir.resolve("verify-" + id + ".stderr");
    List<String> command = new ArrayList<>();
    if (Command.executable(TIME)) {
      command.addAll(List.of(TIME, "-f", "%M", "-o", rss.toString()));
    }
    command.addAll(
        List.of(
            launcher.toString(),
            "verify",
            "--project",
            project.toString(),
            "--format",
            "json",
            // every run replays everything: what is measured is a cold verify
            "--no-cache"));
    command.addAll(extraArguments);
    long start = System.nanoTime();
    int status =
        Command.run(command, Map.of("DRIFTGATE_JAVA_OPTS", GcLog.JAVA_OPTION + gc), json, log);
    long wall = (System.nanoTime() - start) / 1_000_000;
    if (status != 0 && status != 1) {
      throw new IOException("verify exited with " + status + ":\n" + Command.tail(log));
    }
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    Sample s = new Sample();
    for (Iterator<Map.Entry<String, JsonNode>> it = report.get("timings_ms").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> phase = it.next();
      s.millis(phaseName(phase.getKey()), phase.getValue().asDouble());
    }
    long duration = report.get("duration_ms").asLong();
    s.millis(IN_PROCESS, duration);
    s.millis(WALL, wall);
    s.millis("JVM start and exit (wall − duration_ms)", wall - duration);
    GcLog heap = GcLog.parse(gc);
    s.add(PEAK_HEAP, heap.peakUsedMib(), Sample.Unit.MIB);
    if (heap.collections() > 0) {
      s.add("most heap left after a GC", heap.maxAfterGcMib(), Sample.Unit.MIB);
    }
    if (Files.exists(rss)) {
      String kib = Files.readString(rss).trim().lines().reduce((a, b) -> b).orElse("0");
      s.add("peak RSS of the JVM (/usr/bin/time)", Double.parseDouble(kib) / 1024, Sample.Unit.MIB);
    }
    JsonNode summary = report.get("summary");
    return new Outcome(
        s,
        report.get("status").asText(),
        summary.get("error").asInt() + " errors, " + summary.get("warning").asInt() + " warnings",
        report.get("postgres").get("version").asText());
  }

  /** {@code tenant migration 3/90 add_x} becomes {@code tenant migration 1..90 (sum)}. */
  static String phaseName(String phase) {
    Matcher m = COUNTED.matcher(phase);
    return m.matches() ? m.group(1) + "1.." + m.group(3) + " (sum)" : phase;
  }
}
