package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.testing.Catalogs;
import dev.driftgate.testing.Cli.Run;
import dev.driftgate.testing.MultiTenantProject;
import dev.driftgate.testing.RunnerEnv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent runners and killed backends never leave a migration applied twice or half. */
class RunnerSafetyTest {
  static final String COUNTED =
      "CREATE TABLE IF NOT EXISTS applications (at timestamptz DEFAULT now());\n"
          + "INSERT INTO applications DEFAULT VALUES;\n";

  @TempDir Path dir;
  private final RunnerEnv env = new RunnerEnv();

  @AfterEach
  void dropDatabases() throws Exception {
    env.close();
  }

  /** Eight {@code migrate --all} at once: each applies what it finds pending under the lock. */
  static List<Run> concurrently(MultiTenantProject project, int runs) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(runs);
    try {
      List<Future<Run>> futures = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        futures.add(
            threads.submit(
                () -> {
                  start.await();
                  return project.cli("migrate", "--all", "--parallel", "2");
                }));
      }
      start.countDown();
      List<Run> result = new ArrayList<>();
      for (Future<Run> f : futures) {
        result.add(f.get(5, TimeUnit.MINUTES));
      }
      return result;
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void eightConcurrentRunsApplyEachMigrationExactlyOncePerDatabase() throws Exception {
    MultiTenantProject project = new MultiTenantProject(dir, env);
    project.provision("acme", "globex", "initech");
    project.addMigration("count_master", "master", COUNTED);
    project.addMigration("count_tenant", "tenant", COUNTED);

    List<Run> runs = concurrently(project, 8);

    assertThat(runs).allSatisfy(r -> assertThat(r.code()).as(r.all()).isZero());
    assertThat(Catalogs.strings(env, project.masterDb(), "SELECT count(*) FROM applications"))
        .containsExactly("1");
    for (String slug : List.of("acme", "globex", "initech")) {
      assertThat(Catalogs.strings(env, project.tenantDb(slug), "SELECT count(*) FROM applications"))
          .containsExactly("1");
      assertThat(Catalogs.ledger(env, project.tenantDb(slug))).containsOnlyOnce("count_tenant");
    }
    long applied =
        runs.stream().flatMap(r -> r.out().lines()).filter(l -> l.contains("count_tenant")).count();
    assertThat(applied).isEqualTo(3);
  }

  @Test
  void aBackendKilledMidMigrationLeavesNothingHalfApplied() throws Exception {
    MultiTenantProject project = new MultiTenantProject(dir, env);
    project.provision("acme");
    String db = project.tenantDb("acme");
    project.addMigration(
        "add_slow",
        "tenant",
        "CREATE TABLE IF NOT EXISTS half (id int);\nSELECT pg_sleep(60);\nCREATE TABLE IF NOT EXISTS other (id int);\n");
    List<String> before = Catalogs.shape(env, db);

    CompletableFuture<Run> run =
        CompletableFuture.supplyAsync(() -> project.cli("migrate", "--all"));
    terminateWhenSleeping(db);
    Run killed = run.get(2, TimeUnit.MINUTES);

    assertThat(killed.code()).isEqualTo(1);
    assertThat(killed.out()).contains("terminating connection due to administrator command");
    assertThat(Catalogs.shape(env, db)).isEqualTo(before);
    assertThat(Catalogs.ledger(env, db)).doesNotContain("add_slow");
    Files.writeString(
        project.dir().resolve("migrations/add_slow.sql"),
        "CREATE TABLE IF NOT EXISTS half (id int);\n");
    Run rerun = project.cli("migrate", "--all");
    assertThat(rerun.code()).as(rerun.all()).isZero();
    assertThat(Catalogs.ledger(env, db)).contains("add_slow");
  }

  private void terminateWhenSleeping(String db) throws Exception {
    String find =
        "SELECT pid FROM pg_stat_activity WHERE datname = '"
            + db
            + "' AND query LIKE '%pg_sleep(60)%'"
            + " AND pid <> pg_backend_pid()";
    try (Connection c = env.connect("postgres");
        Statement s = c.createStatement()) {
      for (int attempt = 0; attempt < 600; attempt++) {
        try (ResultSet rs = s.executeQuery(find)) {
          if (rs.next()) {
            int pid = rs.getInt(1);
            s.execute("SELECT pg_terminate_backend(" + pid + ")");
            return;
          }
        }
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the migration never reached pg_sleep");
  }
}
