package dev.driftgate.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Logging in to many databases as one role stretches its password once (issue 17's audit): the
 * second login with the same password and salt derives nothing, a wrong password derives its own
 * key and is still refused, and the right one still passes afterwards.
 */
class ScramKeyMemoTest {
  @Test
  void aRoleLogsInManyTimesForOneDerivationAndAWrongPasswordIsStillRefused() throws Exception {
    String password = "memo-" + UUID.randomUUID();
    try (EmbeddedServer server = EmbeddedServer.start();
        var admin = server.connect("postgres")) {
      try (var s = admin.createStatement()) {
        // hashed by the server itself: 4,096 rounds, as a fleet's roles are
        s.execute("CREATE ROLE driftgate_memo_probe LOGIN PASSWORD '" + password + "'");
      }
      try (var s = admin.createStatement();
          var rs =
              s.executeQuery(
                  "SELECT rolpassword FROM pg_authid WHERE rolname = 'driftgate_memo_probe'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).startsWith("SCRAM-SHA-256$4096:");
      }
      ScramKeyMemo.install();
      int before = ScramKeyMemo.derived();

      for (int i = 0; i < 3; i++) {
        try (var c = server.connectAs("postgres", "driftgate_memo_probe", password)) {
          assertThat(c.isValid(5)).isTrue();
        }
      }
      assertThat(ScramKeyMemo.derived() - before).as("derivations for three logins").isOne();

      assertThatThrownBy(() -> server.connectAs("postgres", "driftgate_memo_probe", password + "x"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
      assertThat(ScramKeyMemo.derived() - before)
          .as("a wrong password derives its own")
          .isEqualTo(2);
      try (var c = server.connectAs("postgres", "driftgate_memo_probe", password)) {
        assertThat(c.isValid(5)).isTrue();
      }
      assertThat(ScramKeyMemo.derived() - before).isEqualTo(2);
    }
  }
}
