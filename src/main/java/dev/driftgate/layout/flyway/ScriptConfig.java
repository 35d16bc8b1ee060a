package dev.driftgate.layout.flyway;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A migration's own {@code <script>.sql.conf}. Its one setting that matters to an upgrade, {@code
 * executeInTransaction=false}, needs nothing from driftgate: the runner already runs each statement
 * that cannot run in a transaction outside one. The file is still checked, so that a misspelt value
 * fails here as it fails in Flyway.
 */
final class ScriptConfig {
  private ScriptConfig() {}

  static void check(Path script, String display) {
    Path conf = script.resolveSibling(script.getFileName() + ".conf");
    if (!Files.isRegularFile(conf)) {
      return;
    }
    String shown = display + ".conf";
    String[] lines =
        InputFiles.readUtf8(conf, shown, dev.driftgate.error.InputLimit.CONFIGURATION)
            .split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq).trim();
      String value = eq < 0 ? "" : line.substring(eq + 1).trim();
      if (key.equals("executeInTransaction") && !value.matches("(?i)true|false")) {
        throw DriftgateException.badInput(
            shown
                + ":"
                + (i + 1)
                + ": executeInTransaction must be true or false, not '"
                + value
                + "'");
      }
    }
  }
}
