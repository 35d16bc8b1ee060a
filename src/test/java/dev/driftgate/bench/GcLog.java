package dev.driftgate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap figures from a unified GC log ({@code -Xlog:gc,gc+heap+exit}): the heap in use is highest
 * right before a collection or at exit, so the peak is the largest of those; what a collection
 * leaves is the most the run kept alive at once (an upper bound: old garbage waits for a full GC),
 * known only if there was a collection.
 */
record GcLog(double peakUsedMib, double maxAfterGcMib, int collections) {
  static final String JAVA_OPTION = "-Xlog:gc,gc+heap+exit:file=";

  private static final Pattern PAUSE =
      Pattern.compile("Pause .*? (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
  private static final Pattern EXIT_SPACE =
      Pattern.compile(
          "\\[gc,heap,exit\\s*\\]\\s+(?!Metaspace|class space)\\S.*?total \\d+K, used (\\d+)K");

  static GcLog parse(Path log) throws IOException {
    double peak = 0;
    double afterGc = 0;
    double atExit = 0;
    int collections = 0;
    for (String line : Files.readAllLines(log)) {
      Matcher pause = PAUSE.matcher(line);
      if (pause.find()) {
        collections++;
        peak = Math.max(peak, mib(pause.group(1), pause.group(2)));
        afterGc = Math.max(afterGc, mib(pause.group(3), pause.group(4)));
      }
      Matcher exit = EXIT_SPACE.matcher(line);
      if (exit.find()) {
        atExit += mib(exit.group(1), "K");
      }
    }
    return new GcLog(Math.max(peak, atExit), afterGc, collections);
  }

  private static double mib(String amount, String unit) {
    double n = Double.parseDouble(amount);
    return switch (unit) {
      case "K" -> n / 1024;
      case "G" -> n * 1024;
      default -> n;
    };
  }
}
