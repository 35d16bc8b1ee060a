package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.build.RunLimits;
import dev.driftgate.app.verify.Verify;
import dev.driftgate.diff.Finding;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile migrations, as a pull request from a stranger could carry them (SPEC §7): verify builds
 * scratch databases as a role without superuser rights, so each primitive that would reach the
 * machine fails as that migration's failure, at its line, with the reason and the way out; and
 * nothing happens on the host.
 */
class SecurityTest {
  @TempDir Path dir;

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("a shell command", "COPY (SELECT 1) TO PROGRAM 'touch %s'"),
        Arguments.of(
            "a host file written through a large object",
            "SELECT lo_export(lo_from_bytea(0, '\\x41'::bytea), '%s')"),
        Arguments.of("a host file written by COPY", "COPY (SELECT 'x') TO '%s'"),
        Arguments.of("a host file read", "SELECT pg_read_file('/etc/hostname') /* %s */"),
        Arguments.of("a host file read by COPY", "COPY items FROM '/etc/hostname' /* %s */"),
        Arguments.of("a host file imported", "SELECT lo_import('/etc/hostname') /* %s */"),
        Arguments.of("the environment read", "SELECT pg_read_file('/proc/self/environ') /* %s */"),
        Arguments.of("server settings persisted", "ALTER SYSTEM SET work_mem = '64MB' /* %s */"),
        Arguments.of("a superuser role", "CREATE ROLE dg_evil SUPERUSER LOGIN /* %s */"),
        Arguments.of(
            "a role that may run programs",
            "CREATE ROLE dg_evil2 IN ROLE pg_execute_server_program /* %s */"),
        Arguments.of(
            "native code", "CREATE FUNCTION dg_evil() RETURNS int LANGUAGE c AS 'x', 'y' /* %s */"),
        Arguments.of("an untrusted extension", "CREATE EXTENSION file_fdw /* %s */"),
        Arguments.of("another database dropped", "DROP DATABASE postgres /* %s */"),
        Arguments.of("the server's settings file", "SELECT pg_reload_conf() /* %s */"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void aHostileMigrationFailsAtItsLineAndTouchesNothing(String what, String statement)
      throws IOException {
    Path marker = dir.resolve("marker-" + what.replace(' ', '-'));
    write("setup_databases.sql", "CREATE TABLE items (id integer PRIMARY KEY);\n");
    write("migrations/m1.sql", "CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY);\n");
    write("migrations/m2.sql", statement.formatted(marker) + ";\n");
    Files.writeString(
        dir.resolve("migrations/manifest.yaml"),
        "migrations:\n  - name: m1\n    description: items\n"
            + "  - name: m2\n    description: a hostile step, alone as a statement outside"
            + " transactions must be\n",
        StandardCharsets.UTF_8);

    Report report = verify();

    Finding failure =
        report.findings().stream()
            .filter(f -> f.kind().id().equals("migration.failed"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(what + " did not fail: " + report.findings()));
    assertThat(failure.location()).isEqualTo("migrations/m2.sql:1");
    assertThat(failure.message()).contains("--trust-scripts");
    assertThat(marker).doesNotExist();
  }

  @Test
  void whatRealSchemasCarryStillWorks() throws IOException {
    String schema =
        """
        CREATE ROLE dg_app_reader NOLOGIN;
        CREATE EXTENSION IF NOT EXISTS citext;
        CREATE TABLE items (id integer PRIMARY KEY, name citext);
        ALTER TABLE public.items OWNER TO postgres;
        GRANT SELECT ON items TO dg_app_reader;
        """;
    write("setup_databases.sql", schema);
    write("migrations/baseline/default.sql", schema);
    write(
        "migrations/m1.sql",
        "ALTER TABLE items ADD COLUMN IF NOT EXISTS added_by_a_later_migration text;\n");
    write(
        "setup_databases.sql",
        schema + "ALTER TABLE items ADD COLUMN added_by_a_later_migration text;\n");
    Files.writeString(
        dir.resolve("migrations/manifest.yaml"),
        """
        baseline:
          default: migrations/baseline/default.sql
        migrations:
          - name: m1
            description: a column on a table the dump gave to postgres
        """);

    assertThat(verify().findings()).isEmpty();
  }

  static Stream<Arguments> selfHarm() {
    return Stream.of(
        Arguments.of("ends its own session", "SELECT pg_terminate_backend(pg_backend_pid())"),
        Arguments.of("switches to a role without rights", "SET ROLE dg_nobody"),
        Arguments.of(
            "switches its session to a role without rights", "SET SESSION AUTHORIZATION dg_nobody"),
        Arguments.of(
            "gives its own role session defaults every later session would take",
            "ALTER ROLE CURRENT_USER SET search_path = dg_elsewhere"),
        Arguments.of(
            "hides the session defaults it gives its role behind a catalog of its own",
            "CREATE SCHEMA dg_shadow;\nCREATE VIEW dg_shadow.pg_db_role_setting AS SELECT * FROM"
                + " pg_catalog.pg_db_role_setting WHERE false;\nSET search_path = dg_shadow,"
                + " pg_catalog, public;\nALTER ROLE CURRENT_USER SET work_mem = '8MB'"),
        Arguments.of(
            "gives its own role session defaults from a DO block",
            "DO $$ BEGIN EXECUTE format('ALTER ROLE %I SET work_mem = %L', session_user, '8MB');"
                + " END $$"));
  }

  @ParameterizedTest(name = "a migration that {0} is that migration's failure")
  @MethodSource("selfHarm")
  void whatAMigrationDoesToItsOwnSessionIsItsFailure(String what, String statement)
      throws IOException {
    write(
        "setup_databases.sql",
        "CREATE ROLE dg_nobody NOLOGIN;\nCREATE TABLE items (id integer PRIMARY KEY);\n");
    write(
        "migrations/m1.sql",
        "CREATE ROLE dg_nobody NOLOGIN;\n"
            + statement
            + ";\nCREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY);\n");
    manifest();

    Report report = verify();

    assertThat(report.findings())
        .extracting(f -> f.kind().id() + " " + f.location())
        .anyMatch(f -> f.startsWith("migration.failed migrations/m1.sql:"));
  }

  static Stream<Arguments> endless() {
    return Stream.of(
        Arguments.of("a sleep", "SELECT pg_sleep(3600)"),
        Arguments.of("an endless loop", "DO $$ BEGIN LOOP END LOOP; END $$"),
        Arguments.of(
            "a sleep after lifting the session's own timeout",
            "SET statement_timeout = 0;\nSELECT pg_sleep(3600)"));
  }

  @ParameterizedTest(name = "{0} ends as migration.timeout at its line")
  @MethodSource("endless")
  void anEndlessStatementIsCancelledAndReported(String what, String statement) throws IOException {
    write("setup_databases.sql", "CREATE TABLE items (id integer PRIMARY KEY);\n");
    write(
        "migrations/m1.sql",
        "CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY);\n" + statement + ";\n");
    manifest();
    long start = System.nanoTime();

    Report report =
        new Verify(TestPostgres::server)
            .limitedTo(new RunLimits(Duration.ofSeconds(2), Duration.ofMinutes(5)))
            .run(dir);

    assertThat(report.findings())
        .extracting(f -> f.kind().id() + " " + f.location())
        .contains("migration.timeout migrations/m1.sql:" + (statement.lines().count() + 1));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
  }

  @Test
  void theWholeRunIsBoundedToo() throws IOException {
    write("setup_databases.sql", "CREATE TABLE items (id integer PRIMARY KEY);\n");
    write(
        "migrations/m1.sql",
        "CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY);\n"
            + "SELECT pg_sleep(1);\n".repeat(20));
    manifest();

    Report report =
        new Verify(TestPostgres::server)
            .limitedTo(new RunLimits(Duration.ofSeconds(30), Duration.ofSeconds(3)))
            .run(dir);

    assertThat(report.findings()).extracting(f -> f.kind().id()).contains("migration.timeout");
    assertThat(report.findings())
        .filteredOn(f -> f.kind().id().equals("migration.timeout"))
        .allMatch(f -> f.message().contains("--timeout"));
  }

  @Test
  void anEntityClassIsMappedWithoutRunningItsInitialiser() throws IOException {
    Path marker = dir.resolve("initialiser-ran");
    write("setup_databases.sql", "CREATE TABLE items (id bigint PRIMARY KEY, name text);\n");
    write(
        "migrations/m1.sql",
        "CREATE TABLE IF NOT EXISTS items (id bigint PRIMARY KEY, name text);\n");
    manifest();
    write(
        "entities/zoo/Item.java",
        """
        package zoo;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;
        import jakarta.persistence.Table;

        @Entity
        @Table(name = "items")
        public class Item {
          static {
            try {
              java.nio.file.Files.createFile(java.nio.file.Path.of("%s"));
            } catch (java.io.IOException e) {
              throw new RuntimeException(e);
            }
          }

          @Id Long id;
          String name;
        }
        """
            .formatted(marker));

    Report report = verify();

    assertThat(report.findings()).isEmpty();
    assertThat(marker).doesNotExist();
  }

  private Report verify() {
    return new Verify(TestPostgres::server).run(dir);
  }

  private void manifest() {
    Projects.manifest(dir, "m1");
  }

  private void write(String file, String text) {
    Projects.write(dir, file, text);
  }
}
