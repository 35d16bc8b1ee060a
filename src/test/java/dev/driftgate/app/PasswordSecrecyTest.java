package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.config.Secret;
import dev.driftgate.config.Settings;
import dev.driftgate.config.SettingsReader;
import dev.driftgate.postgres.EmbeddedServer;
import dev.driftgate.postgres.PasswordProtection;
import dev.driftgate.testing.Cli;
import dev.driftgate.testing.Cli.Run;
import dev.driftgate.testing.Projects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a server that requires a password: every command works with the right one, a wrong one is
 * a one-line login error, and no password ever appears in what driftgate prints.
 */
class PasswordSecrecyTest {
  private static final String DB_PASSWORD = "pg-Secret-7f3k'q\"x";
  private static final String ADMIN_PASSWORD = "admin-Secret-9v2m";
  private static final String WRONG = "wrong-Secret-4h8z";
  private static EmbeddedServer server;

  @TempDir Path dir;

  @BeforeAll
  static void startProtectedServer() {
    server = EmbeddedServer.start();
    PasswordProtection.require(server, Secret.of(DB_PASSWORD));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private Map<String, String> env(String password) {
    Map<String, String> env = new HashMap<>();
    env.put("DB_HOST", "localhost");
    env.put("DB_PORT", String.valueOf(server.port()));
    env.put("DB_USER", "postgres");
    env.put("DB_PASSWORD", password);
    env.put("DB_NAME", "app");
    env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
    return env;
  }

  @Test
  void commandsWorkWithThePasswordAndNeverPrintIt() {
    Projects.copyOfMilestone(dir);
    String project = dir.toString();
    List<Run> runs = new ArrayList<>();
    for (String[] args :
        List.of(
            new String[] {"init-db"},
            new String[] {"migrate", "--all"},
            new String[] {"migrate", "--status"},
            new String[] {"migrate", "--all", "--dry-run"},
            new String[] {"init-db"})) {
      Run run = Cli.run(env(DB_PASSWORD), concat(args, "--project", project));
      assertThat(run.code()).as(run.all()).isZero();
      runs.add(run);
    }
    Run wrong = Cli.run(env(WRONG), "migrate", "--all", "--project", project);
    Run debug = Cli.run(env(WRONG), "migrate", "--status", "--project", project, "--debug");
    Map<String, String> none = env(DB_PASSWORD);
    none.remove("DB_PASSWORD");
    Run missing = Cli.run(none, "migrate", "--all", "--project", project);
    runs.add(wrong);
    runs.add(debug);

    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err())
        .isEqualTo(
            "driftgate: localhost:"
                + server.port()
                + "/app: the server asks for a password and none is set; set DB_PASSWORD\n");

    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err().strip())
        .startsWith("driftgate: localhost:" + server.port() + "/app: login refused")
        .contains("check DB_* user and password")
        .doesNotContain("\n");
    assertThat(runs)
        .allSatisfy(
            r ->
                assertThat(r.all())
                    .doesNotContain(DB_PASSWORD)
                    .doesNotContain(ADMIN_PASSWORD)
                    .doesNotContain(WRONG));
  }

  @Test
  void settingsAndUrlsMaskPasswords() {
    Settings settings = SettingsReader.read(env(DB_PASSWORD));

    assertThat(settings.toString())
        .doesNotContain(DB_PASSWORD)
        .doesNotContain(ADMIN_PASSWORD)
        .contains("********");
    assertThat(
            new dev.driftgate.postgres.Connector(settings.tls(), settings.pool().timeout())
                .url(settings.database()))
        .isEqualTo("jdbc:postgresql://localhost:" + server.port() + "/app?sslmode=disable");
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
