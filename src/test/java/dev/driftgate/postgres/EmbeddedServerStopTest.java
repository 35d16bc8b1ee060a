package dev.driftgate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code driftgate postgres start} stopped by a signal (Ctrl-C, or SIGTERM from a CI runner or a
 * process manager) takes its server and data down with it. zonky's own shutdown hook stops the same
 * server at that moment; deleting the directory before the postmaster had finished used to leave
 * the server running without its data.
 */
class EmbeddedServerStopTest {
  @Test
  void aSignalStopsTheServerAndDeletesItsData() throws Exception {
    int port = freePort();
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "dev.driftgate.cli.Main",
                    "postgres",
                    "start",
                    "--port",
                    String.valueOf(port)))
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).contains("is running on localhost:" + port);
      List<ProcessHandle> postmasters = postmastersOn(port);
      assertThat(postmasters).hasSize(1);
      String dataDirectory = dataDirectoryOf(postmasters.get(0));

      process.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C

      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(accepts(port)).as("a server still listens on the port").isFalse();
      assertThat(Path.of(dataDirectory)).doesNotExist();
    } finally {
      process.destroyForcibly();
    }
  }

  private static List<ProcessHandle> postmastersOn(int port) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(a -> isPostmaster(List.of(a), port)).orElse(false))
        .toList();
  }

  private static boolean isPostmaster(List<String> args, int port) {
    int p = args.indexOf("-p");
    return args.contains("-D")
        && p >= 0
        && p + 1 < args.size()
        && args.get(p + 1).equals("" + port);
  }

  private static String dataDirectoryOf(ProcessHandle postmaster) {
    List<String> args = List.of(postmaster.info().arguments().orElseThrow());
    return args.get(args.indexOf("-D") + 1);
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
