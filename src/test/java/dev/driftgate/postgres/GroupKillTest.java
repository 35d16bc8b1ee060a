package dev.driftgate.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.driftgate.testing.SleepingVerify;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7, no server left behind, as CI cancels a job: {@code kill -9} of driftgate's whole process
 * group, in the middle of a migration. The watchdog lives in a session of its own, so it survives
 * the group kill, stops the postmaster and deletes its data directory; checked by the postmaster's
 * process id and on disk.
 */
class GroupKillTest {
  private static final Path SETSID = Path.of("/usr/bin/setsid");

  @TempDir Path project;

  @Test
  void killingTheWholeGroupLeavesNoServerAndNoData() throws Exception {
    assumeTrue(Files.isExecutable(SETSID), "needs setsid to give verify a process group");
    // setsid execs java in place: its pid leads a new process group
    Process verify = SleepingVerify.start(project, SETSID.toString());
    try {
      List<String> watched = awaitWatchdogOf(verify);
      ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(watched.get(1))).orElseThrow();
      Path data = Path.of(watched.get(2));
      assertThat(data).isDirectory();
      Thread.sleep(3000); // the build is under way: the migration sleeps in a backend

      Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + verify.pid()).start();
      assertThat(kill.waitFor()).as("kill -9 -- -%d", verify.pid()).isZero();

      assertThat(verify.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(postmaster.onExit().get(20, TimeUnit.SECONDS).isAlive())
          .as("postmaster %d after its group was killed", postmaster.pid())
          .isFalse();
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (Files.exists(data) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(data).as("the run's data directory").doesNotExist();
    } finally {
      verify.destroyForcibly();
    }
  }

  /**
   * The watchdog verify started names verify's pid, its postmaster's pid and its data directory:
   * the one server of this verify, among those other tests may be running.
   */
  private static List<String> awaitWatchdogOf(Process verify)
      throws InterruptedException, IOException {
    return SleepingVerify.await(
        verify,
        () ->
            ProcessHandle.allProcesses()
                .map(GroupKillTest::arguments)
                .filter(a -> a.contains("driftgate-watchdog"))
                .map(a -> a.subList(a.indexOf("driftgate-watchdog") + 1, a.size()))
                .filter(a -> a.size() == 3 && a.get(0).equals(String.valueOf(verify.pid())))
                .findFirst());
  }

  private static List<String> arguments(ProcessHandle p) {
    return p.info().arguments().map(List::of).orElse(List.of());
  }
}
