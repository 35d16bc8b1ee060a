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
            "--project",
            project.toString()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
