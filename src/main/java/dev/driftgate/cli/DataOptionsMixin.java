package dev.driftgate.cli;

import dev.driftgate.app.verify.DataOptions;
import dev.driftgate.error.DriftgateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Whether {@code verify} also replays the migrations over rows, and how (issue 18). */
final class DataOptionsMixin {
  @Option(
      names = "--data",
      paramLabel = "N",
      description =
          "Also replay each tier's migrations over N generated rows per table, from the replay's"
              + " start (--baseline): report migrations that fail on data"
              + " (migration.fails_on_data) and measure table rewrites and write-blocking scans"
              + " and index builds (migration.rewrites_table, migration.blocks_writes).")
  Integer rows;

  @Option(
      names = "--data-seed",
      paramLabel = "SEED",
      description = "Seed of the generated rows: the same seed gives the same rows (default 1).")
  Long seed;

  @Option(
      names = "--data-seed-script",
      paramLabel = "FILE",
      description = "Load this data-only script (pg_dump --data-only) instead of generating rows.")
  Path seedScript;

  @Option(
      names = "--rows-estimate",
      paramLabel = "TABLE=ROWS",
      description =
          "Production row count of a table (repeatable), for a linear estimate of how long a"
              + " measured rewrite or scan would take there.")
  Map<String, Long> estimates = new LinkedHashMap<>();

  /** The options given; what is not given here the manifest may set ({@code data:}). */
  DataOptions options() {
    if (rows != null && rows < 1) {
      throw DriftgateException.badInput("--data: expected a number of rows of at least 1");
    }
    if (seedScript != null && !Files.isRegularFile(seedScript)) {
      throw DriftgateException.badInput("--data-seed-script " + seedScript + ": no such file");
    }
    estimates.forEach(
        (table, n) -> {
          if (n < 1) {
            throw DriftgateException.badInput(
                "--rows-estimate " + table + "=" + n + ": expected a positive row count");
          }
        });
    return new DataOptions(
        rows == null ? 0 : rows,
        seed,
        seedScript == null ? null : seedScript.toAbsolutePath().normalize(),
        estimates);
  }
}
