package dev.driftgate.cli;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.report.Format;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where one report goes: a file, or standard output when {@code file} is null.
 *
 * <p>{@link #plan} pairs {@code --format} and {@code --output} by position: the n-th {@code
 * --output} belongs to the n-th {@code --format}. One {@code --output DIR/} takes every format,
 * each under its standard name; {@code -} is standard output.
 */
record Destination(Format format, Path file) {
  static final String STDOUT = "-";

  boolean toStdout() {
    return file == null;
  }

  static List<Destination> plan(List<Format> formats, List<String> outputs) {
    List<Destination> plan = new ArrayList<>();
    if (outputs.isEmpty()) {
      if (formats.size() > 1) {
        throw usage(formats.size() + " formats but no --output: only one report can go to stdout");
      }
      plan.add(new Destination(formats.get(0), null));
    } else if (outputs.size() == 1 && isDirectory(outputs.get(0))) {
      formats.forEach(f -> plan.add(of(f, outputs.get(0))));
    } else if (outputs.size() == formats.size()) {
      for (int i = 0; i < formats.size(); i++) {
        plan.add(of(formats.get(i), outputs.get(i)));
      }
    } else {
      throw usage(formats.size() + " --format but " + outputs.size() + " --output");
    }
    checkDistinct(plan);
    return plan;
  }

  private static Destination of(Format format, String output) {
    if (output.equals(STDOUT)) {
      return new Destination(format, null);
    }
    Path path = Path.of(output);
    return new Destination(format, isDirectory(output) ? path.resolve(format.fileName()) : path);
  }

  private static boolean isDirectory(String output) {
    if (output.equals(STDOUT)) {
      return false;
    }
    return output.endsWith("/")
        || output.endsWith(File.separator)
        || Files.isDirectory(Path.of(output));
  }

  private static void checkDistinct(List<Destination> plan) {
    if (plan.stream().filter(Destination::toStdout).count() > 1) {
      throw DriftgateException.badInput(
          "--output: more than one report would go to stdout ('-'); send the others to files");
    }
    Set<Path> files = new HashSet<>();
    for (Destination d : plan) {
      if (d.file() != null && !files.add(d.file().toAbsolutePath().normalize())) {
        throw DriftgateException.badInput(
            "--output: " + d.file() + " would receive two reports; give each format its own file");
      }
    }
  }

  private static DriftgateException usage(String problem) {
    return DriftgateException.badInput(
        problem
            + ". Pair them by position, the n-th --output for the n-th --format "
            + "(--format json --output report.json --format junit --output junit.xml; '-' is stdout),"
            + " or give one --output DIR/ for a file per format (driftgate.json, driftgate-junit.xml, …)");
  }
}
