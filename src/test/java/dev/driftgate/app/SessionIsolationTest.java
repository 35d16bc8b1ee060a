package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.verify.Verify;
import dev.driftgate.diff.Finding;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each script file runs in a session of its own, as {@code psql -f} runs it (SPEC §7): what one
 * file sets reaches neither the next file nor driftgate's own reads, blame and probes.
 */
class SessionIsolationTest {
  @TempDir Path dir;

  @Test
  void standardConformingStringsOffInTheScriptsKeepsBlame() throws IOException {
    write(
        "setup_databases.sql",
        """
        SET standard_conforming_strings = off;
        CREATE TABLE notes (
          id integer PRIMARY KEY,
          body varchar(100)
        );
        """);
    write(
        "migrations/m1.sql",
        """
        SET standard_conforming_strings = off;
        CREATE TABLE IF NOT EXISTS notes (
          id integer PRIMARY KEY,
          body varchar(120)
        );
        """);
    manifest("m1");

    Finding f = only(verify());

    assertThat(f.kind().id()).isEqualTo("column.type");
    assertThat(f.leftLocation()).isEqualTo("setup_databases.sql:4");
    assertThat(f.rightLocation()).isEqualTo("migrations/m1.sql:4");
  }

  @Test
  void aRoleTheBaselineSwitchedToDoesNotRunTheMigrations() throws IOException {
    write(
        "setup_databases.sql",
        """
        CREATE TABLE items (id integer PRIMARY KEY);
        CREATE TABLE tags (id integer PRIMARY KEY);
        """);
    write(
        "migrations/baseline/default.sql",
        """
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dg_session_reader') THEN
            CREATE ROLE dg_session_reader NOLOGIN;
          END IF;
        END $$;
        CREATE TABLE items (id integer PRIMARY KEY);
        SET ROLE dg_session_reader;
        """);
    write("migrations/m1.sql", "CREATE TABLE IF NOT EXISTS tags (id integer PRIMARY KEY);\n");
    Files.writeString(
        dir.resolve("migrations/manifest.yaml"),
        """
        baseline:
          default: migrations/baseline/default.sql
        migrations:
          - name: m1
            description: tags, created by the session's own user again
        """);

    assertThat(new Verify(TestPostgres::server).trustingScripts(true).run(dir).findings())
        .isEmpty();
  }

  @Test
  void aMigrationThatEmptiesSearchPathLeavesTheNextOneAndTheProbesAlone() throws IOException {
    write(
        "setup_databases.sql",
        """
        CREATE SCHEMA app;
        CREATE TABLE app.accounts (id integer PRIMARY KEY);
        CREATE TABLE notes (id integer PRIMARY KEY);
        """);
    write(
        "migrations/m1.sql",
        """
        SELECT pg_catalog.set_config('search_path', '', false);
        CREATE SCHEMA IF NOT EXISTS app;
        CREATE TABLE IF NOT EXISTS app.accounts (id integer PRIMARY KEY);
        """);
    write("migrations/m2.sql", "CREATE TABLE IF NOT EXISTS notes (id integer PRIMARY KEY);\n");
    manifest("m1", "m2");

    assertThat(verify().findings()).isEmpty();
  }

  private Report verify() {
    return new Verify(TestPostgres::server).run(dir);
  }

  private static Finding only(Report report) {
    List<Finding> findings = report.findings();
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  private void manifest(String... names) {
    Projects.manifest(dir, names);
  }

  private void write(String file, String text) {
    Projects.write(dir, file, text);
  }
}
