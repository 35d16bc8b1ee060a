package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.driftgate.testing.Catalogs;
import dev.driftgate.testing.Cli;
import dev.driftgate.testing.Cli.Run;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.RunnerEnv;
import dev.driftgate.testing.SilentServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code DB_POOL_TIMEOUT} holds against a server that stops answering, at login or later, while the
 * waits the user bounds (the migration lock, the migration statements) stay as long as the options
 * say, also with no limit. The time bounds are generous: they catch a hang, not a slow machine.
 */
class RunnerTimeoutTest {
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir Path dir;
  private final RunnerEnv env = new RunnerEnv();

  @AfterEach
  void dropDatabases() throws Exception {
    env.close();
  }

  private Run cli(Map<String, String> vars, String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--project";
    all[args.length + 1] = dir.toString();
    return Cli.run(vars, all);
  }

  @Test
  void aServerThatAcceptsButNeverAnswersIsAnInfrastructureFailureWithinThePoolTimeout()
      throws Exception {
    Projects.copyOfMilestone(dir);
    try (SilentServer silent = SilentServer.mute()) {
      Map<String, String> vars = new HashMap<>(env.env());
      vars.put("DB_HOST", "127.0.0.1");
      vars.put("DB_PORT", String.valueOf(silent.port()));
      vars.put("DB_POOL_TIMEOUT", "2");

      long start = System.nanoTime();
      Run run = assertTimeoutPreemptively(HANG, () -> cli(vars, "migrate", "--all"));
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

      assertThat(run.code()).as(run.all()).isEqualTo(3);
      assertThat(run.err())
          .startsWith("driftgate: 127.0.0.1:" + silent.port() + "/")
          .contains("no answer within 2 s (DB_POOL_TIMEOUT)");
      assertThat(seconds).as("seconds until exit 3").isLessThan(2 + 10);
    }
  }

  @Test
  void aServerThatFallsSilentAfterLoginFailsTheDatabaseWithinThePoolTimeout() throws Exception {
    Projects.copyOfMilestone(dir);
    assertThat(cli(env.env(), "init-db").code()).isZero();
    try (SilentServer proxy =
        SilentServer.proxyUntil(Integer.parseInt(env.port()), "migration_ledger")) {
      Map<String, String> vars = new HashMap<>(env.env());
      vars.put("DB_HOST", "127.0.0.1");
      vars.put("DB_PORT", String.valueOf(proxy.port()));
      vars.put("DB_POOL_TIMEOUT", "2");

      long start = System.nanoTime();
      Run run = assertTimeoutPreemptively(HANG, () -> cli(vars, "migrate", "--all"));
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

      assertThat(proxy.silent()).isTrue();
      assertThat(run.code()).as(run.all()).isEqualTo(1);
      assertThat(run.out()).contains("no answer within 2 s (DB_POOL_TIMEOUT)");
      assertThat(seconds).as("seconds until exit 1").isLessThan(2 + 10);
    }
  }

  @Test
  void theLockWaitAndAMigrationMayOutlastThePoolTimeoutWhenTheOptionsSaySo() throws Exception {
    Projects.copyOfMilestone(dir);
    Map<String, String> vars = new HashMap<>(env.env());
    vars.put("DB_POOL_TIMEOUT", "1");
    assertThat(cli(vars, "init-db").code()).isZero();
    Files.writeString(dir.resolve("migrations/add_slow.sql"), "SELECT pg_sleep(3);\n");
    Files.writeString(
        dir.resolve("migrations/manifest.yaml"),
        "  - name: add_slow\n    target: tenant\n",
        StandardOpenOption.APPEND);
    String db = env.env().get("DB_NAME");

    CompletableFuture<Run> run;
    try (Connection holder = env.connect(db);
        Statement s = holder.createStatement()) {
      s.execute("SELECT pg_advisory_lock(" + 0x6472696674676174L + ")");
      run = CompletableFuture.supplyAsync(() -> cli(vars, "migrate", "--all"));
      Thread.sleep(3000); // the runner waits for the lock longer than DB_POOL_TIMEOUT
    }
    Run done = run.get(2, TimeUnit.MINUTES);

    assertThat(done.code()).as(done.all()).isZero();
    assertThat(Catalogs.ledger(env, db)).contains("add_slow");
  }
}
