package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.testing.Catalogs;
import dev.driftgate.testing.Cli.Run;
import dev.driftgate.testing.MultiTenantProject;
import dev.driftgate.testing.RunnerEnv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner on a master database and several tenant databases ({@code MULTI_TENANT=true}). */
class MultiTenantRunnerTest {
  static final String WIDGETS =
      "CREATE TABLE IF NOT EXISTS widgets (id int PRIMARY KEY, name text);\n"
          + "CREATE INDEX IF NOT EXISTS idx_widgets_name ON widgets (name);\n"
          + "ALTER TABLE widgets ADD COLUMN IF NOT EXISTS size int;\n"
          + "CREATE OR REPLACE VIEW big_widgets AS SELECT * FROM widgets WHERE size > 10;\n"
          + "COMMENT ON TABLE widgets IS 'five statements';\n";

  @TempDir Path dir;
  private final RunnerEnv env = new RunnerEnv();
  private MultiTenantProject project;

  @BeforeEach
  void provision() {
    project = new MultiTenantProject(dir, env);
    project.provision("acme", "globex", "initech");
  }

  @AfterEach
  void dropDatabases() throws Exception {
    env.close();
  }

  @Test
  void initDbRegistersTenantsAndMigrateFansOutMasterFirst() throws Exception {
    project.addMigration(
        "add_audit_flag",
        "master",
        "ALTER TABLE tenants ADD COLUMN IF NOT EXISTS audited boolean;\n");
    project.addMigration("add_widgets", "tenant", WIDGETS);

    Run run = project.cli("migrate", "--all", "--parallel", "2");
    Run rerun = project.cli("migrate", "--all");

    assertThat(run.code()).as(run.all()).isZero();
    List<String> rows =
        run.out()
            .lines()
            .filter(l -> l.contains(" applied ") && !l.contains("database(s)"))
            .toList();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).startsWith(project.masterDb()).contains("add_audit_flag");
    assertThat(rows.subList(1, 4)).allMatch(r -> r.contains("add_widgets"));
    assertThat(run.out()).contains("4 database(s), 4 applied");
    assertThat(rerun.out()).contains("4 database(s), 4 up to date");
    for (String slug : List.of("acme", "globex", "initech")) {
      assertThat(Catalogs.ledger(env, project.tenantDb(slug))).contains("add_widgets");
    }
    assertThat(
            Catalogs.strings(
                env, project.masterDb(), "SELECT slug FROM tenants WHERE is_active ORDER BY slug"))
        .containsExactly("acme", "globex", "initech");
  }

  @Test
  void oneTenantOnlyWithTenantOption() throws Exception {
    project.addMigration("add_widgets", "tenant", WIDGETS);

    Run run = project.cli("migrate", "add_widgets", "--tenant", "globex");

    assertThat(run.code()).as(run.all()).isZero();
    assertThat(run.out()).contains("1 database(s), 1 applied");
    assertThat(Catalogs.ledger(env, project.tenantDb("globex"))).contains("add_widgets");
    assertThat(Catalogs.ledger(env, project.tenantDb("acme"))).doesNotContain("add_widgets");
    Run plan = project.cli("migrate", "--all", "--dry-run");
    assertThat(plan.out().lines().filter(l -> l.contains("pending: add_widgets")).count())
        .isEqualTo(2);
  }

  @Test
  void anUnreachableTenantIsReportedWhileTheOthersSucceedAndARerunPicksUpTheRest()
      throws Exception {
    env.execute(
        project.masterDb(),
        "INSERT INTO tenants (slug, name, database_name) VALUES ('ghost', 'Ghost', '"
            + project.tenantDb("ghost")
            + "')");
    project.addMigration("add_widgets", "tenant", WIDGETS);

    Run run = project.cli("migrate", "--all", "--parallel", "3");

    assertThat(run.code()).isEqualTo(1);
    String ghost = run.out().lines().filter(l -> l.startsWith("ghost ")).findFirst().orElseThrow();
    assertThat(ghost)
        .contains("failed")
        .contains(project.tenantDb("ghost") + ": database does not exist");
    assertThat(run.out()).contains("5 database(s), 3 applied, 1 up to date, 1 failed");
    assertThat(project.cli("init-db", "--tenant", "ghost").code()).isZero();
    Run rerun = project.cli("migrate", "--all");
    assertThat(rerun.code()).as(rerun.all()).isZero();
    assertThat(rerun.out()).contains("5 database(s), 5 up to date");
  }

  @Test
  void aRowPointingAtADatabaseThatIsNoTenantsFailsThatTenantOnly() throws Exception {
    String template = project.tenantDb("tmpl");
    env.execute("postgres", "CREATE DATABASE " + template + " IS_TEMPLATE true");
    try {
      refusedRows(template);
    } finally {
      env.execute("postgres", "ALTER DATABASE " + template + " IS_TEMPLATE false");
    }
  }

  private void refusedRows(String template) throws Exception {
    env.execute(
        project.masterDb(),
        "INSERT INTO tenants (slug, name, database_name) VALUES"
            + " ('sys', 'System', 'template1'),"
            + " ('maint', 'Maintenance', 'postgres'),"
            + " ('boss', 'Master', '"
            + project.masterDb()
            + "'),"
            + " ('stray', 'Stray', '"
            + project.tenantDb("elsewhere")
            + "'),"
            + " ('tmpl', 'Template', '"
            + template
            + "')");
    project.addMigration("add_widgets", "tenant", WIDGETS);

    Run run = project.cli("migrate", "--all");
    Run status = project.cli("migrate", "--status");

    assertThat(run.code()).as(run.all()).isEqualTo(1);
    assertThat(row(run, "sys"))
        .contains("failed")
        .contains("database template1 refused: it is a system database");
    assertThat(row(run, "maint"))
        .contains("failed")
        .contains("database postgres refused: it is a system database");
    assertThat(row(run, "boss"))
        .contains("failed")
        .contains("database " + project.masterDb() + " refused: it is the master database");
    assertThat(row(run, "stray"))
        .contains("failed")
        .contains(
            "database "
                + project.tenantDb("elsewhere")
                + " refused: it is not "
                + project.tenantDb("stray")
                + " (tenancy: database_pattern:");
    assertThat(row(run, "tmpl"))
        .contains("failed")
        .contains("database " + template + " refused: it is a template database");
    assertThat(run.out()).contains("9 database(s), 3 applied, 1 up to date, 5 failed");
    assertThat(Catalogs.ledger(env, project.masterDb())).doesNotContain("add_widgets");
    assertThat(Catalogs.strings(env, project.masterDb(), "SELECT to_regclass('widgets')::text"))
        .containsExactly((String) null);
    assertThat(Catalogs.strings(env, "postgres", "SELECT to_regclass('widgets')::text"))
        .containsExactly((String) null);
    assertThat(Catalogs.ledger(env, project.tenantDb("acme"))).contains("add_widgets");
    assertThat(status.code()).isEqualTo(1);
    assertThat(status.out()).contains("error: " + project.masterDb() + " tenants (tenant sys)");
  }

  @Test
  void databasePatternAllowsOtherNamesAndInitDbNeverRegistersTheMaster() throws Exception {
    env.execute(
        project.masterDb(),
        "INSERT INTO tenants (slug, name, database_name) VALUES ('old', 'Old', '"
            + project.tenantDb("legacy_old")
            + "')");
    Run refused = project.cli("migrate", "--status");
    Files.writeString(
        project.dir().resolve("migrations/manifest.yaml"),
        "  database_pattern: '" + env.prefix() + "(legacy_)?{slug}'\n",
        StandardOpenOption.APPEND);
    Run allowed = project.cli("migrate", "--status");
    Run master = project.cli("init-db", "--tenant", "master");

    assertThat(refused.out()).contains("refused: it is not " + project.tenantDb("old"));
    assertThat(allowed.out())
        .as(allowed.all())
        .doesNotContain("refused")
        .contains(project.tenantDb("legacy_old") + ": database does not exist");
    assertThat(master.code()).as(master.all()).isEqualTo(2);
    assertThat(master.err())
        .startsWith(
            "driftgate: --tenant master: database "
                + project.masterDb()
                + " cannot be a tenant's: it is the master database");
    assertThat(Catalogs.strings(env, project.masterDb(), "SELECT slug FROM tenants ORDER BY slug"))
        .containsExactly("acme", "globex", "initech", "old");
  }

  private static String row(Run run, String label) {
    return run.out().lines().filter(l -> l.startsWith(label + " ")).findFirst().orElseThrow();
  }

  @Test
  void failFastStartsNoFurtherTenantAfterAFailure() throws Exception {
    env.execute(
        project.masterDb(),
        "INSERT INTO tenants (slug, name, database_name) VALUES ('aaa', 'First', '"
            + project.tenantDb("aaa")
            + "')");
    project.addMigration("add_widgets", "tenant", WIDGETS);

    Run run = project.cli("migrate", "--all", "--parallel", "1", "--fail-fast");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("1 failed, 3 skipped")
        .contains("not started: --fail-fast after a failure");
    assertThat(Catalogs.ledger(env, project.tenantDb("acme"))).doesNotContain("add_widgets");
  }

  @Test
  void aHeldLockTimesOutAndAStatementTimeoutStopsASlowMigration() throws Exception {
    project.addMigration("add_slow", "tenant", "SELECT pg_sleep(5);\n");
    try (var holder = env.connect(project.tenantDb("acme"));
        var s = holder.createStatement()) {
      s.execute("SELECT pg_advisory_lock(" + 0x6472696674676174L + ")");
      Run locked = project.cli("migrate", "--all", "--tenant", "acme", "--lock-timeout", "500ms");
      assertThat(locked.code()).isEqualTo(1);
      assertThat(locked.out()).contains("another driftgate run holds the migration lock");
    }
    Run slow = project.cli("migrate", "--all", "--tenant", "globex", "--statement-timeout", "1s");
    assertThat(slow.code()).isEqualTo(1);
    assertThat(slow.out()).contains("canceling statement due to statement timeout");
    assertThat(Catalogs.ledger(env, project.tenantDb("globex"))).doesNotContain("add_slow");
  }
}
