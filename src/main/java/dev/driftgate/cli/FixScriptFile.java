package dev.driftgate.cli;

import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where {@code verify --fix-script} writes the script: a file, or stdout for {@code -}. */
final class FixScriptFile {
  private FixScriptFile() {}

  /** How the proof names the script in a failing statement's location. */
  static String display(String option) {
    return option.equals(Destination.STDOUT) ? "fix-script" : option;
  }

  static void write(String option, String script, PrintWriter stdout) {
    if (option.equals(Destination.STDOUT)) {
      stdout.print(script);
      stdout.flush();
      return;
    }
    Path file = Path.of(option);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, script, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw DriftgateException.badInput(
          "--fix-script " + option + ": cannot write (" + e.getMessage() + ")");
    }
  }
}
