package dev.driftgate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.testing.SleepingVerify;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault suite of SPEC §7: a {@code verify} stopped by a signal while a migration sleeps, or
 * killed outright, leaves no {@code postgres} behind, checked by the postmaster's process id.
 * SIGTERM runs the JVM's shutdown hooks; SIGKILL runs nothing, and the watchdog stops the server.
 */
class VerifyKilledTest {
  @TempDir Path project;

  @ParameterizedTest(name = "killed with {0}")
  @ValueSource(strings = {"SIGTERM", "SIGKILL"})
  void noServerOutlivesVerify(String signal) throws Exception {
    Set<Long> before = postmasters().stream().map(ProcessHandle::pid).collect(Collectors.toSet());
    Process verify = SleepingVerify.start(project);
    try {
      ProcessHandle postmaster = awaitNewPostmaster(before, verify);
      Thread.sleep(3000); // the build is under way: the migration sleeps in a backend

      if (signal.equals("SIGKILL")) {
        verify.destroyForcibly();
      } else {
        verify.destroy();
      }

      assertThat(verify.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(postmaster.onExit().get(30, TimeUnit.SECONDS).isAlive())
          .as("postmaster %d after verify got %s", postmaster.pid(), signal)
          .isFalse();
    } finally {
      verify.destroyForcibly();
    }
  }

  /**
   * A JVM that exits while {@code pg_ctl} is still starting its server (SIGTERM the moment the
   * server's processes appear; a run whose project could not be read exits the same way) stops that
   * server too: its stop waits for the start to end. It used to be registered once the start was
   * over, and such a server ran on with nothing to stop it.
   */
  @org.junit.jupiter.api.Test
  void noServerOutlivesAVerifyEndedWhileItsServerStarts() throws Exception {
    Set<Long> before = postmasters().stream().map(ProcessHandle::pid).collect(Collectors.toSet());
    Process verify = SleepingVerify.start(project);
    try {
      String data = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (data == null && verify.isAlive() && System.nanoTime() < deadline) {
        data =
            postmasters().stream()
                .filter(p -> !before.contains(p.pid()))
                .map(VerifyKilledTest::dataDirectory)
                .findFirst()
                .orElse(null);
      }
      assertThat(data).as("a server starting").isNotNull();
      verify.destroy(); // pg_ctl is still waiting for its server: the start is under way

      assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String dir = data;
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      List<ProcessHandle> left = List.of();
      do {
        left = postmasters().stream().filter(p -> dir.equals(dataDirectory(p))).toList();
        Thread.sleep(100);
      } while (!left.isEmpty() && System.nanoTime() < until);
      assertThat(left)
          .as("processes of %s after verify got SIGTERM while it started", dir)
          .isEmpty();
    } finally {
      verify.destroyForcibly();
    }
  }

  /** The data directory a postgres or pg_ctl process was given ({@code -D DIR}). */
  private static String dataDirectory(ProcessHandle p) {
    List<String> args = p.info().arguments().map(List::of).orElse(List.of());
    int at = args.indexOf("-D");
    return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
  }

  private static ProcessHandle awaitNewPostmaster(Set<Long> before, Process verify)
      throws InterruptedException, IOException {
    return SleepingVerify.await(
        verify, () -> postmasters().stream().filter(p -> !before.contains(p.pid())).findFirst());
  }

  /** Postmasters of embedded servers: a postgres process given a run's data directory. */
  private static List<ProcessHandle> postmasters() {
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .arguments()
                    .map(List::of)
                    .map(a -> a.contains("-D") && String.join(" ", a).contains("driftgate-pg-"))
                    .orElse(false))
        .toList();
  }
}
