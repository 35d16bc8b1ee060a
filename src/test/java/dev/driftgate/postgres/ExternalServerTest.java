package dev.driftgate.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftgate.app.verify.Verify;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.ErrorCode;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * External mode against a server driftgate did not start (here: the test run's own server): the run
 * creates only databases with its unique prefix, drops them all, and leaves every other database
 * exactly as it was.
 */
class ExternalServerTest {

  @Test
  void verifyOnAnExternalServerTouchesOnlyItsOwnScratchDatabases() throws SQLException {
    SharedServer shared = TestPostgres.server();
    try (Connection c = shared.connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS bystander");
      s.execute("CREATE DATABASE bystander");
    }
    try (Connection c = shared.connect("bystander");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE precious (id integer PRIMARY KEY)");
      s.execute("INSERT INTO precious VALUES (42)");
    }
    List<String> before = databases(shared);

    Report report =
        new Verify(() -> ExternalServer.connect(shared.jdbcUrl("postgres"), null))
            .run(Projects.milestone());

    assertThat(report.serverMode()).isEqualTo("external");
    assertThat(report.status()).isEqualTo(Report.Status.CLEAN);
    assertThat(databases(shared)).isEqualTo(before);
    try (Connection c = shared.connect("bystander");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM precious")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(42);
    }
  }

  @Test
  void anUnreachableServerIsAnInfrastructureFailureWithoutThePassword() {
    assertThatThrownBy(
            () -> ExternalServer.connect("jdbc:postgresql://localhost:1/x?user=u", "s3cret-pw"))
        .isInstanceOf(DriftgateException.class)
        .satisfies(
            e -> assertThat(((DriftgateException) e).code()).isEqualTo(ErrorCode.INFRASTRUCTURE))
        .hasMessageStartingWith("cannot reach PostgreSQL at localhost:1/x")
        .hasMessageNotContaining("s3cret-pw");
  }

  @Test
  void aMalformedUrlIsBadInput() {
    assertThatThrownBy(() -> ExternalServer.connect("postgres://nope", null))
        .isInstanceOf(DriftgateException.class)
        .satisfies(e -> assertThat(((DriftgateException) e).code()).isEqualTo(ErrorCode.BAD_INPUT));
  }

  private static List<String> databases(PostgresServer server) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = server.connect("postgres");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT datname FROM pg_database ORDER BY datname")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
