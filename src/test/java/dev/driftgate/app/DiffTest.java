package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftgate.app.diff.Diff;
import dev.driftgate.diff.Finding;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.postgres.ExternalServer;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code diff LEFT RIGHT}: scripts and migrations are built, a live database is only read — through
 * a connection on which even an attempted write fails.
 */
class DiffTest {
  private static final String LIVE_DB = "diff_live_tenant";

  @BeforeAll
  static void aLiveTenantDatabaseWithAHotfixNobodyCommitted() throws SQLException {
    try (Connection c = TestPostgres.server().connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + LIVE_DB);
      s.execute("CREATE DATABASE " + LIVE_DB);
    }
    try (Connection c = TestPostgres.server().connect(LIVE_DB);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL, hotfix text)");
    }
  }

  @Test
  void theCanonicalScriptAgainstTheMigrationsOfTheSameProject() {
    Path milestone = Projects.milestone();

    Report report =
        new Diff(TestPostgres::server, null)
            .run(
                milestone.resolve("setup_databases.sql").toString(),
                milestone.resolve("migrations").toString(),
                null);

    assertThat(report.findings()).isEmpty();
    assertThat(report.checks()).extracting(c -> c.tier()).containsExactly("master", "tenant");
  }

  @Test
  void aLiveDatabaseIsReadAndItsDriftReported(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path script = dir.resolve("schema.sql");
    java.nio.file.Files.writeString(
        script, "CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL);\n");

    Report report = new Diff(TestPostgres::server, null).run(liveUrl(), script.toString(), null);

    List<Finding> findings = report.findings();
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind().id()).isEqualTo("column.missing");
              assertThat(f.object()).isEqualTo("public.items.hotfix");
              assertThat(f.left().id()).isEqualTo("live");
              assertThat(f.fix().toString()).contains("DROP COLUMN hotfix");
            });
  }

  @Test
  void theLiveConnectionRefusesWrites() throws SQLException {
    ExternalServer server = ExternalServer.connect(liveUrl(), null);
    try (Connection c = server.connectReadOnly(LIVE_DB);
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("CREATE TABLE sneaky (id integer)"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("read-only transaction");
      c.setAutoCommit(true);
      assertThatThrownBy(() -> s.execute("INSERT INTO items VALUES (1, 'x', null)"))
          .as("outside an explicit transaction too")
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("read-only transaction");
      try (var rs = s.executeQuery("SHOW default_transaction_read_only")) {
        rs.next();
        assertThat(rs.getString(1)).as("the server-side session default").isEqualTo("on");
      }
    }
  }

  @Test
  void aSideWithSeveralTiersNeedsToBeToldWhichOneAGivenDatabaseIs() {
    String setup = Projects.milestone().resolve("setup_databases.sql").toString();

    assertThatThrownBy(() -> new Diff(TestPostgres::server, null).run(setup, liveUrl(), null))
        .isInstanceOf(DriftgateException.class)
        .hasMessageContaining("name one with --tier");
  }

  private static String liveUrl() {
    return TestPostgres.server().jdbcUrl(LIVE_DB);
  }
}
