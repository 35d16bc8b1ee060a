package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.testing.SilentServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §7, bounded: {@code verify --jdbc-url} and {@code diff} of a live database against a server
 * that accepts connections but never answers end within {@code DB_POOL_TIMEOUT}, exit 3, with one
 * line that says so. Run as a user runs them (a JVM of their own, the variable in its environment);
 * the bound is generous, it catches a hang, not a slow machine.
 */
class ExternalTimeoutTest {
  private static final int TIMEOUT = 2;

  @TempDir Path project;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"verify", "diff"})
  void aMuteServerIsAnInfrastructureFailureWithinThePoolTimeout(String command) throws Exception {
    Files.writeString(project.resolve("setup_databases.sql"), "CREATE TABLE t (id int);\n");
    Files.createDirectories(project.resolve("migrations"));
    Files.writeString(project.resolve("migrations/m1.sql"), "CREATE TABLE t (id int);\n");
    Files.writeString(project.resolve("migrations/manifest.yaml"), "migrations:\n  - name: m1\n");
    try (SilentServer silent = SilentServer.mute()) {
      String url = "jdbc:postgresql://127.0.0.1:" + silent.port() + "/app?user=ci";
      List<String> args =
          command.equals("verify")
              ? List.of("verify", "--project", project.toString(), "--jdbc-url", url)
              : List.of("diff", project.resolve("setup_databases.sql").toString(), url);

      long start = System.nanoTime();
      Result result = driftgate(args);
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

      assertThat(result.code()).as(result.err()).isEqualTo(3);
      assertThat(result.err().strip().lines())
          .singleElement()
          .asString()
          .contains("127.0.0.1:" + silent.port())
          .contains("no answer within " + TIMEOUT + " s (DB_POOL_TIMEOUT)");
      assertThat(seconds).as("seconds until exit 3").isLessThan(TIMEOUT + 15);
    }
  }

  private record Result(int code, String err) {}

  private static Result driftgate(List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.driftgate.cli.Main"));
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("DB_POOL_TIMEOUT", String.valueOf(TIMEOUT));
    Process p = builder.start();
    try {
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("driftgate %s ended", args).isTrue();
      return new Result(p.exitValue(), err);
    } finally {
      p.destroyForcibly();
    }
  }
}
