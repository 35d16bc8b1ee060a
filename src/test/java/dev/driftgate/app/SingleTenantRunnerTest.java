package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftgate.testing.Catalogs;
import dev.driftgate.testing.Cli;
import dev.driftgate.testing.Cli.Run;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.RunnerEnv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner on one database ({@code MULTI_TENANT=false}), through the command line. */
class SingleTenantRunnerTest {
  private static final List<String> TENANT_MIGRATIONS =
      List.of(
          "add_company_events",
          "add_custom_columns",
          "add_is_system_column",
          "add_project_dependencies",
          "add_project_presence",
          "add_skills_tables",
          "upgrade_to_v90");

  @TempDir Path dir;
  private final RunnerEnv env = new RunnerEnv();

  @AfterEach
  void dropDatabases() throws Exception {
    env.close();
  }

  private Run cli(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--project";
    all[args.length + 1] = dir.toString();
    return Cli.run(env.env(), all);
  }

  private String db() {
    return env.env().get("DB_NAME");
  }

  @Test
  void initDbCreatesSeedsAndRecordsTheTierOnce() throws Exception {
    Projects.copyOfMilestone(dir);

    Run first = cli("init-db");

    assertThat(first.code()).as(first.all()).isZero();
    assertThat(first.out())
        .contains("created database " + db())
        .contains("generated administrator password");
    assertThat(Catalogs.ledger(env, db())).isEqualTo(TENANT_MIGRATIONS);
    assertThat(
            Catalogs.strings(env, db(), "SELECT email || ' ' || left(password_hash, 7) FROM users"))
        .containsExactly("admin@localhost $2a$12$");
    assertThat(
            Catalogs.strings(
                env, db(), "SELECT key FROM app_settings WHERE is_system ORDER BY key"))
        .containsExactly("company_name", "default_site", "fiscal_year_start", "working_days");
    Run again = cli("init-db");
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("already initialised").doesNotContain("password");
    assertThat(cli("migrate", "--all").out()).contains("up-to-date");
  }

  @Test
  void autoInitDbInitialisesAMissingDatabaseBeforeMigrating() throws Exception {
    Projects.copyOfMilestone(dir);
    env.env().put("AUTO_INIT_DB", "true");
    env.env().put("ADMIN_PASSWORD", "correct-horse-battery");

    Run run = cli("migrate", "--all");

    assertThat(run.code()).as(run.all()).isZero();
    assertThat(run.out()).contains("created database " + db()).contains("up-to-date");
    assertThat(run.out()).doesNotContain("generated administrator password");
    assertThat(Catalogs.ledger(env, db())).isEqualTo(TENANT_MIGRATIONS);
    assertThat(cli("migrate", "--all").out()).contains("already initialised");
  }

  @Test
  void initDbThenAutoInitMigrateOnAProjectWithoutMigrationsSucceeds() throws Exception {
    Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(dir.resolve("setup_databases.sql"), "CREATE TABLE things (id int);\n");
    Files.writeString(dir.resolve("migrations/manifest.yaml"), "migrations: []\n");
    assertThat(cli("init-db").code()).isZero();
    env.env().put("AUTO_INIT_DB", "true");

    Run run = cli("migrate", "--all");

    assertThat(run.code()).as(run.all()).isZero();
    assertThat(run.out()).contains("already initialised");
    assertThat(cli("init-db").code()).isZero();
  }

  @Test
  void appliesPendingOnceAndShowsThePlanAndStatus() throws Exception {
    Projects.copyOfMilestone(dir);
    assertThat(cli("init-db").code()).isZero();
    addMigration(
        "add_widgets",
        "CREATE TABLE IF NOT EXISTS widgets (id int);\nINSERT INTO widgets VALUES (1);\n");

    Run plan = cli("migrate", "--all", "--dry-run");
    assertThat(plan.out()).contains("pending: add_widgets");
    assertThat(Catalogs.ledger(env, db())).doesNotContain("add_widgets");
    Run applied = cli("migrate", "--all");
    Run rerun = cli("migrate", "--all");

    assertThat(applied.code()).as(applied.all()).isZero();
    assertThat(applied.out()).contains("applied").contains("add_widgets");
    assertThat(rerun.out()).contains("up-to-date");
    assertThat(Catalogs.strings(env, db(), "SELECT count(*) FROM widgets")).containsExactly("1");
    Run status = cli("migrate", "--status");
    assertThat(status.code()).isZero();
    assertThat(status.out()).containsPattern("applied +add_widgets");
  }

  @Test
  void aStatementFailingMidwayLeavesTheDatabaseAsItWas() throws Exception {
    Projects.copyOfMilestone(dir);
    assertThat(cli("init-db").code()).isZero();
    addMigration(
        "add_broken",
        "CREATE TABLE IF NOT EXISTS first_half (id int);\n"
            + "ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname text;\n"
            + "INSERT INTO no_such_table VALUES (1);\n");
    List<String> before = Catalogs.shape(env, db());

    Run run = cli("migrate", "--all");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("failed")
        .contains("migrations/add_broken.sql:3: relation \"no_such_table\" does not exist");
    assertThat(Catalogs.shape(env, db())).isEqualTo(before);
    assertThat(Catalogs.ledger(env, db())).doesNotContain("add_broken");
  }

  @Test
  void eachMigrationStartsFromTheServerDefaultsWhileTheLockStaysHeld() throws Exception {
    Projects.copyOfMilestone(dir);
    assertThat(cli("init-db").code()).isZero();
    addMigration(
        "move_search_path",
        "CREATE SCHEMA IF NOT EXISTS other_schema;\n"
            + "SET search_path = other_schema;\n"
            + "SELECT pg_advisory_unlock_all();\n");
    addMigration(
        "add_landed", "CREATE TABLE IF NOT EXISTS landed (id int);\nSELECT pg_sleep(2);\n");

    CompletableFuture<Run> run = CompletableFuture.supplyAsync(() -> cli("migrate", "--all"));
    boolean lockFree = tryLockWhileSleeping();
    Run done = run.get(2, TimeUnit.MINUTES);

    assertThat(done.code()).as(done.all()).isZero();
    assertThat(Catalogs.strings(env, db(), "SELECT to_regclass('public.landed')::text"))
        .containsExactly("landed");
    assertThat(Catalogs.strings(env, db(), "SELECT to_regclass('other_schema.landed')::text"))
        .containsExactly((String) null);
    assertThat(lockFree).as("another runner could take the lock during migration 2").isFalse();
  }

  /** While the second migration sleeps, whether another session could take the runner's lock. */
  private boolean tryLockWhileSleeping() throws Exception {
    try (Connection c = env.connect(db());
        Statement s = c.createStatement()) {
      for (int attempt = 0; attempt < 600; attempt++) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND query LIKE '%pg_sleep(2)%' AND pid <> pg_backend_pid()")) {
          rs.next();
          if (rs.getInt(1) > 0) {
            try (ResultSet lock =
                s.executeQuery("SELECT pg_try_advisory_lock(" + 0x6472696674676174L + ")")) {
              lock.next();
              return lock.getBoolean(1);
            }
          }
        }
        Thread.sleep(50);
      }
    }
    throw new AssertionError("the second migration never reached pg_sleep");
  }

  @Test
  void aMigrationMixingAConcurrentIndexWithOtherStatementsIsRefusedBeforeItStarts()
      throws Exception {
    Projects.copyOfMilestone(dir);
    assertThat(cli("init-db").code()).isZero();
    addMigration(
        "add_widgets",
        "CREATE TABLE IF NOT EXISTS widgets (id int, name text);\n"
            + "INSERT INTO widgets VALUES (1, 'a'), (2, 'a');\n"
            + "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx_widgets_name ON widgets (name);\n");
    List<String> before = Catalogs.shape(env, db());

    Run run = cli("migrate", "--all");
    Run lint = cli("lint");

    assertThat(run.code()).as(run.all()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "migrations/add_widgets.sql:3: CREATE UNIQUE INDEX CONCURRENTLY cannot run in a"
                + " transaction, and the migration also has CREATE TABLE (line 1)")
        .contains("put CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own")
        .contains("nothing of migration add_widgets was applied");
    assertThat(Catalogs.shape(env, db())).isEqualTo(before);
    assertThat(Catalogs.ledger(env, db())).doesNotContain("add_widgets");
    assertThat(lint.code()).isEqualTo(1);
    assertThat(lint.out()).contains("migrations/add_widgets.sql:3").contains("mixed_transaction");
  }

  @Test
  void aFailedConcurrentIndexBuildLeavesNoInvalidIndexAndNoneIsSkippedOver() throws Exception {
    Projects.copyOfMilestone(dir);
    assertThat(cli("init-db").code()).isZero();
    addMigration(
        "add_widgets",
        "CREATE TABLE IF NOT EXISTS widgets (id int, name text);\n"
            + "INSERT INTO widgets VALUES (1, 'a'), (2, 'a');\n");
    addMigration(
        "add_widgets_index",
        "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx_widgets_name ON widgets (name);\n");
    String index = "SELECT to_regclass('idx_widgets_name')::text";

    Run failed = cli("migrate", "--all");

    assertThat(failed.code()).as(failed.all()).isEqualTo(1);
    assertThat(failed.out())
        .contains("could not create unique index")
        .contains("the invalid index idx_widgets_name it left is dropped");
    assertThat(Catalogs.strings(env, db(), index)).containsExactly((String) null);
    assertThat(Catalogs.ledger(env, db()))
        .contains("add_widgets")
        .doesNotContain("add_widgets_index");
    // what a build that failed under an earlier runner left behind
    assertThatThrownBy(
            () ->
                env.execute(
                    db(), "CREATE UNIQUE INDEX CONCURRENTLY idx_widgets_name ON widgets (name)"))
        .hasMessageContaining("could not create unique index");
    env.execute(db(), "DELETE FROM widgets WHERE id = 2");
    Run skipped = cli("migrate", "--all");
    assertThat(skipped.code()).as(skipped.all()).isEqualTo(1);
    assertThat(skipped.out())
        .contains("index idx_widgets_name exists but is INVALID")
        .contains("DROP INDEX CONCURRENTLY idx_widgets_name");
    assertThat(Catalogs.ledger(env, db())).doesNotContain("add_widgets_index");
    env.execute(db(), "DROP INDEX CONCURRENTLY idx_widgets_name");
    Run fixed = cli("migrate", "--all");
    assertThat(fixed.code()).as(fixed.all()).isZero();
    assertThat(
            Catalogs.strings(
                env,
                db(),
                "SELECT indisvalid::text FROM pg_index"
                    + " WHERE indexrelid = 'idx_widgets_name'::regclass"))
        .containsExactly("true");
  }

  @Test
  void aFailureQuotingAControlCharacterShowsItEscapedOnItsRow() throws Exception {
    Projects.copyOfMilestone(dir);
    assertThat(cli("init-db").code()).isZero();
    addMigration("add_bad_cast", "SELECT E'12\\r34'::int;\n");

    Run run = cli("migrate", "--all");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("invalid input syntax for type integer: \"12\\r34\"");
    assertThat(run.out()).doesNotContain("\r");
  }

  @Test
  void aTamperedFileIsCaughtAndRepairAcceptsIt() throws Exception {
    Projects.copyOfMilestone(dir);
    assertThat(cli("init-db").code()).isZero();
    Files.writeString(
        dir.resolve("migrations/add_skills_tables.sql"),
        "\n-- edited\n",
        StandardOpenOption.APPEND);

    Run run = cli("migrate", "--all");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .containsPattern(
            "migrations/add_skills_tables.sql: changed since it was applied to "
                + db()
                + " \\(ledger checksum [0-9a-f]{64}, file checksum [0-9a-f]{64}\\)");
    assertThat(cli("migrate", "--status").out()).containsPattern("changed +add_skills_tables");
    Run repaired = cli("migrate", "--all", "--repair");
    assertThat(repaired.code()).as(repaired.all()).isZero();
    assertThat(repaired.out()).contains("add_skills_tables: checksum repaired");
    assertThat(cli("migrate", "--all").code()).isZero();
  }

  @Test
  void aCrlfCheckoutChangesNoChecksumAndLedgersOfRawBytesStillMatch() throws Exception {
    Projects.copyOfMilestone(dir);
    assertThat(cli("init-db").code()).isZero();
    Path file = dir.resolve("migrations/add_skills_tables.sql");
    String lf = Files.readString(file);
    Files.writeString(file, lf.replace("\n", "\r\n"));

    Run status = cli("migrate", "--status");
    Run run = cli("migrate", "--all");

    assertThat(status.code()).as(status.all()).isZero();
    assertThat(status.out())
        .containsPattern("applied +add_skills_tables")
        .doesNotContain("changed");
    assertThat(run.code()).as(run.all()).isZero();
    assertThat(run.out()).contains("up-to-date");
    // what an earlier driftgate recorded from this CRLF checkout: the raw bytes' checksum
    String raw =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    env.execute(
        db(),
        "UPDATE driftgate.migration_ledger SET checksum = '"
            + raw
            + "' WHERE name = 'add_skills_tables'");
    assertThat(cli("migrate", "--status").out()).containsPattern("applied +add_skills_tables");
    Files.writeString(file, lf);
    Run fromLf = cli("migrate", "--status");
    assertThat(fromLf.code()).as(fromLf.all()).isZero();
    assertThat(fromLf.out()).containsPattern("applied +add_skills_tables");
    assertThat(cli("migrate", "--all").code()).isZero();
  }

  @Test
  void aMigrationNamedExplicitlyRunsAloneAndUnknownNamesAreRefused() throws Exception {
    Projects.copyOfMilestone(dir);
    env.execute("postgres", "CREATE DATABASE " + db());
    env.execute(db(), "CREATE TABLE staff (id bigint PRIMARY KEY)");

    Run run = cli("migrate", "add_skills_tables");
    Run unknown = cli("migrate", "add_nothing");

    assertThat(run.code()).as(run.all()).isZero();
    assertThat(Catalogs.ledger(env, db())).containsExactly("add_skills_tables");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("driftgate: unknown migration 'add_nothing'");
  }

  private void addMigration(String name, String sql) throws IOException {
    Files.writeString(dir.resolve("migrations/" + name + ".sql"), sql);
    Files.writeString(
        dir.resolve("migrations/manifest.yaml"),
        "  - name: " + name + "\n    target: tenant\n",
        StandardOpenOption.APPEND);
  }
}
