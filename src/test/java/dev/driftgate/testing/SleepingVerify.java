package dev.driftgate.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code verify} in a JVM of its own, on a project whose migration sleeps for an hour: what the
 * fault tests kill, by a signal or with its whole process group, while its server is busy.
 */
public final class SleepingVerify {
  private SleepingVerify() {}

  /**
   * Writes the sleeping project into {@code project} and starts verify on it, behind {@code
   * launcher} (such as {@code setsid}), its output discarded.
   */
  public static Process start(Path project, String... launcher) throws IOException {
    Files.writeString(project.resolve("setup_databases.sql"), "CREATE TABLE t (id int);\n");
    Files.createDirectories(project.resolve("migrations"));
    Files.writeString(
        project.resolve("migrations/m1.sql"),
        "CREATE TABLE IF NOT EXISTS t (id int);\nSELECT pg_sleep(3600);\n");
    Files.writeString(
        project.resolve("migrations/manifest.yaml"),
        "migrations:\n  - name: m1\n    description: sleeps\n",
        StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(launcher));
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "dev.driftgate.cli.Main",
            "verify",
            // a scratch server, whatever the machine's cache holds: a kept cluster lives elsewhere
            "--no-cache",
            "--project",
            project.toString()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** What a test looks for while verify starts its server; empty until it is there. */
  @FunctionalInterface
  public interface Lookup<T> {
    java.util.Optional<T> find() throws IOException;
  }

  /**
   * Waits up to 60 s for {@code lookup} to find what verify's start makes (its postmaster, its
   * watchdog), failing as soon as verify has ended without it.
   */
  public static <T> T await(Process verify, Lookup<T> lookup)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      java.util.Optional<T> found = lookup.find();
      if (found.isPresent()) {
        return found.get();
      }
      if (!verify.isAlive()) {
        throw new AssertionError("verify ended before its server started: " + verify.exitValue());
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no embedded server started within 60 s");
  }
}
