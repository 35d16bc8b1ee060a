package dev.driftgate.postgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stops an embedded server when the JVM that started it is gone without stopping it: killed with
 * SIGKILL, or crashed, when no shutdown hook runs (SPEC §7: no {@code postgres} outlives
 * driftgate). A small shell process polls the JVM once a second; once it has gone, it asks the
 * postmaster for a fast shutdown (which ends a backend stuck in an endless loop too), kills it if
 * it has not stopped ten seconds later, and deletes the data directory. A JVM that stops its server
 * itself ends the watchdog first, so the watchdog never signals a process id the system may have
 * reused since. It runs in a session of its own ({@code setsid}, where the system has it), so that
 * killing driftgate's whole process group (what CI cancellation does) does not kill it too, and
 * with the locale as its only environment.
 */
final class Watchdog {
  private static final String SCRIPT =
      "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done\n"
          + "if kill -0 \"$2\" 2>/dev/null; then\n"
          + "  kill -INT \"$2\" 2>/dev/null; i=0\n"
          + "  while kill -0 \"$2\" 2>/dev/null && [ $i -lt 10 ]; do sleep 1; i=$((i+1)); done\n"
          + "  kill -KILL \"$2\" 2>/dev/null\n"
          + "fi\n"
          + "rm -rf \"$3\"\n";

  private static final List<Path> SETSID =
      List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

  private final Process process;

  private Watchdog(Process process) {
    this.process = process;
  }

  /** Guards a running postmaster; empty where no POSIX shell is at hand. */
  static Optional<Watchdog> guard(ProcessHandle postmaster, Path dataDirectory) {
    try {
      List<String> command = new ArrayList<>();
      // without setsid (macOS) a group kill takes the watchdog too: a kill of the JVM alone is
      // still covered
      SETSID.stream()
          .filter(Files::isExecutable)
          .findFirst()
          .ifPresent(s -> command.add(s.toString()));
      command.addAll(
          List.of(
              "/bin/sh",
              "-c",
              SCRIPT,
              "driftgate-watchdog",
              String.valueOf(ProcessHandle.current().pid()),
              String.valueOf(postmaster.pid()),
              dataDirectory.toString()));
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectInput(Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(Redirect.DISCARD)
              .redirectError(Redirect.DISCARD);
      ServerEnvironment.restrict(builder.environment());
      return Optional.of(new Watchdog(builder.start()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Ends the watchdog: the server it guarded was stopped by its own JVM. */
  void dismiss() {
    process.destroy();
  }
}
