package dev.driftgate.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs an external command to completion; its stderr is appended to a log for post-mortems. */
final class Command {
  private Command() {}

  /** Runs the command; stdout goes to {@code stdout} (or nowhere); returns the exit code. */
  static int run(List<String> command, Map<String, String> env, Path stdout, Path log)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.redirectOutput(
        stdout == null
            ? ProcessBuilder.Redirect.DISCARD
            : ProcessBuilder.Redirect.to(stdout.toFile()));
    builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    try {
      return builder.start().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command.get(0), e);
    }
  }

  /** Runs the command and fails unless it exits with 0. */
  static void check(List<String> command, Map<String, String> env, Path stdout, Path log)
      throws IOException {
    int status = run(command, env, stdout, log);
    if (status != 0) {
      throw new IOException(
          String.join(" ", command)
              + " exited with "
              + status
              + "; see "
              + log
              + ":\n"
              + tail(log));
    }
  }

  static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "";
    }
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }

  /** The first line a command prints ({@code psql --version}), or {@code unknown}. */
  static String firstLine(List<String> command, Path scratch) {
    try {
      Path out = Files.createTempFile(scratch, "out", ".txt");
      Path err = Files.createTempFile(scratch, "err", ".txt");
      run(command, Map.of(), out, err);
      String text = Files.readString(out) + Files.readString(err);
      Files.delete(out);
      Files.delete(err);
      return text.lines().findFirst().orElse("unknown").trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  static boolean executable(String path) {
    return new File(path).canExecute();
  }
}
