package dev.driftgate.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7, nothing to steal: the embedded server and its watchdog start without the caller's
 * environment. Surefire sets {@code DRIFTGATE_TEST_CANARY} as a stand-in for a CI secret; the
 * processes' environments are read from {@code /proc}, by process id.
 */
class ServerEnvironmentTest {
  private static final String CANARY = "DRIFTGATE_TEST_CANARY";

  @BeforeAll
  static void procAndCanary() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc to read an environment");
    assertThat(System.getenv(CANARY)).as("surefire sets the canary").isNotBlank();
  }

  @Test
  void thePostmasterSeesOnlyTheLocale() throws Exception {
    try (EmbeddedServer server = EmbeddedServer.start()) {
      long postmaster = postmasterOf(server);
      List<String> environment = environ(postmaster);

      assertThat(environment).noneMatch(v -> v.startsWith(CANARY + "="));
      assertThat(environment).noneMatch(v -> v.startsWith("HOME=") || v.startsWith("USER="));
      assertThat(environment)
          .allMatch(
              v ->
                  ServerEnvironment.PASSED.contains(v.split("=")[0])
                      || v.startsWith("PATH=")
                      || v.startsWith("PWD=")
                      || v.startsWith("PG"),
              "a locale, TZ, PATH, or what pg_ctl and its shell set (PG*, PWD)");
    }
  }

  @Test
  void theWatchdogSeesOnlyTheLocaleInASessionOfItsOwn() throws Exception {
    try (EmbeddedServer server = EmbeddedServer.start()) {
      ProcessHandle watchdog =
          ProcessHandle.current()
              .children()
              .filter(
                  p ->
                      p.info()
                          .arguments()
                          .map(Arrays::asList)
                          .orElse(List.of())
                          .contains("driftgate-watchdog"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no watchdog among the JVM's children"));

      // setsid runs as the watchdog's first step: on a loaded machine the test may look first
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (session(watchdog.pid()) != watchdog.pid() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(environ(watchdog.pid())).noneMatch(v -> v.startsWith(CANARY + "="));
      assertThat(session(watchdog.pid()))
          .as("the watchdog's session")
          .isEqualTo(watchdog.pid())
          .isNotEqualTo(session(ProcessHandle.current().pid()));
    }
  }

  /**
   * The wrapped {@code pg_ctl} is newer than zonky's marker of a finished unpacking; unless the
   * marker is kept as new, the next start unpacks every binary again (2 s, over the files of any
   * server running from them).
   */
  @Test
  void aSecondStartUsesTheBinariesTheFirstUnpackedAndWrapped() throws Exception {
    Path postgres;
    try (EmbeddedServer server = EmbeddedServer.start()) {
      postgres = binaryOf(postmasterOf(server));
    }
    var unpacked = Files.getLastModifiedTime(postgres);
    Path marker = postgres.getParent().getParent().resolve(".exists");
    assertThat(Files.getLastModifiedTime(marker))
        .as("zonky's marker, against the wrapped bin/ directory")
        .isGreaterThanOrEqualTo(Files.getLastModifiedTime(postgres.getParent()));

    try (EmbeddedServer server = EmbeddedServer.start()) {
      assertThat(binaryOf(postmasterOf(server))).isEqualTo(postgres);
    }
    assertThat(Files.getLastModifiedTime(postgres))
        .as("bin/postgres, not unpacked again")
        .isEqualTo(unpacked);
  }

  private static Path binaryOf(long pid) throws IOException {
    return Files.readSymbolicLink(Path.of("/proc/" + pid + "/exe"));
  }

  private static long postmasterOf(EmbeddedServer server) throws SQLException {
    try (Connection c = server.connect("postgres");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return ProcessHandle.of(rs.getLong(1)).orElseThrow().parent().orElseThrow().pid();
    }
  }

  private static List<String> environ(long pid) throws IOException {
    String raw = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/environ")));
    return Arrays.stream(raw.split("\0")).filter(v -> !v.isEmpty()).toList();
  }

  /**
   * The session id: the sixth field of /proc/PID/stat (the name in parentheses may hold spaces).
   */
  private static long session(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[3]);
  }
}
