package dev.driftgate.bench;

import dev.driftgate.bench.synthetic.SyntheticProject;
import dev.driftgate.config.ManifestReader;
import dev.driftgate.config.Migration;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench/run --cache}: what the replay-state cache saves a developer who edits the newest
 * migration and verifies again. Per size, in one run, medians of fresh-JVM {@code ./driftgate
 * verify} wall times: cold ({@code --no-cache}), after editing only the last migration, and an
 * unchanged re-run; then the ratios to cold. The cache lives in a directory of its own for the
 * bench ({@code DRIFTGATE_CACHE_DIR}), emptied first.
 */
final class CacheBench {
  private final Path launcher;
  private final Options options;
  private final PrintStream out;

  CacheBench(Path launcher, Options options, PrintStream out) {
    this.launcher = launcher;
    this.options = options;
    this.out = out;
  }

  void run(Options.Size size, Path work) throws IOException, SQLException {
    Path dir = work.resolve("cache-" + size.tables() + "-" + size.migrations());
    SizeBench.delete(dir);
    Path project = dir.resolve("project");
    Path cache = dir.resolve("cache");
    SyntheticProject.write(
        new SyntheticProject.Shape(
            size.tables(), size.migrations(), options.seed(), size.twoTiers(), false),
        project);
    Map<String, String> env = Map.of("DRIFTGATE_CACHE_DIR", cache.toString());
    int runs = options.runsFor(size);
    List<Double> cold = new ArrayList<>();
    List<Double> edited = new ArrayList<>();
    List<Double> unchanged = new ArrayList<>();
    verify(project, dir, env, "--no-cache"); // warms the file cache and the JIT-free launcher
    verify(project, dir, env); // fills the replay-state cache
    for (int i = 0; i < runs; i++) {
      cold.add(verify(project, dir, env, "--no-cache"));
      editLastMigration(project, i);
      edited.add(verify(project, dir, env));
      unchanged.add(verify(project, dir, env));
    }
    double c = median(cold);
    double e = median(edited);
    double u = median(unchanged);
    out.printf(
        Locale.ROOT,
        "%d tables / %d migrations, %d runs, medians of process wall time (fresh JVM):%n"
            + "  cold verify (--no-cache)                   %7.2f s%n"
            + "  after editing only the last migration      %7.2f s   %.2f of cold%n"
            + "  unchanged re-run                           %7.2f s   %.2f of cold%n",
        size.tables(),
        size.migrations(),
        runs,
        c / 1000,
        e / 1000,
        e / c,
        u / 1000,
        u / c);
  }

  /** One verify in a fresh JVM: its wall time in milliseconds; a verdict but clean fails. */
  private double verify(Path project, Path dir, Map<String, String> env, String... extra)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(launcher.toString(), "verify", "--project", project.toString(), "--quiet"));
    command.addAll(List.of(extra));
    long start = System.nanoTime();
    int status = Command.run(command, env, dir.resolve("out.txt"), dir.resolve("err.txt"));
    double millis = (System.nanoTime() - start) / 1e6;
    if (status != 0) {
      throw new IOException(
          "verify exited with " + status + ":\n" + Command.tail(dir.resolve("err.txt")));
    }
    return millis;
  }

  /** A comment appended to the last migration: a new checksum, so its state is rebuilt. */
  private static void editLastMigration(Path project, int run) throws IOException {
    List<Migration> migrations = ManifestReader.read(project).migrations();
    Path file = project.resolve(migrations.get(migrations.size() - 1).file());
    Files.writeString(
        file, "\n-- edit " + run + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
