package dev.driftgate.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7, no trust authentication: while an embedded server runs, a connection without its run's
 * password is refused (another local user could otherwise connect as the superuser); the password
 * lives in a file only its owner can read, and changes with every start.
 */
class NoTrustTest {
  @Test
  void aConnectionWithoutThePasswordIsRefused() throws Exception {
    try (EmbeddedServer server = EmbeddedServer.start()) {
      String url = "jdbc:postgresql://localhost:" + server.port() + "/postgres";

      for (String user : new String[] {"postgres", "driftgate_builder", "nobody"}) {
        Properties props = new Properties();
        props.setProperty("user", user);
        assertThatThrownBy(() -> DriverManager.getConnection(url, props))
            .as("a connection as %s without a password", user)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("password");
      }
      Properties wrong = new Properties();
      wrong.setProperty("user", "postgres");
      wrong.setProperty("password", "postgres");
      assertThatThrownBy(() -> DriverManager.getConnection(url, wrong))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
      try (var c = server.connect("postgres")) {
        assertThat(c.isValid(5)).isTrue();
      }
      assertThat(
              PosixFilePermissions.toString(Files.getPosixFilePermissions(server.passwordFile())))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void passwordsAreKeptAsSecretsOfFewRoundsThatOnlyTheRightPasswordPasses() throws Exception {
    try (EmbeddedServer server = EmbeddedServer.start();
        var admin = server.connect("postgres")) {
      try (var s = admin.createStatement()) {
        s.execute("CREATE ROLE driftgate_secret_probe LOGIN");
      }
      ScramSecret.set(admin, "driftgate_secret_probe", "right-horse".toCharArray());
      try (var s = admin.createStatement();
          var rs =
              s.executeQuery(
                  "SELECT rolname, rolpassword FROM pg_authid"
                      + " WHERE rolname IN ('postgres', 'driftgate_secret_probe')")) {
        int roles = 0;
        while (rs.next()) {
          roles++;
          assertThat(rs.getString("rolpassword"))
              .as("the secret of %s", rs.getString("rolname"))
              .startsWith("SCRAM-SHA-256$" + ScramSecret.ITERATIONS + ":")
              .doesNotContain("right-horse");
        }
        assertThat(roles).isEqualTo(2);
      }
      try (var c = server.connectAs("postgres", "driftgate_secret_probe", "right-horse")) {
        assertThat(c.isValid(5)).isTrue();
      }
      assertThatThrownBy(() -> server.connectAs("postgres", "driftgate_secret_probe", "right-hors"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
      try (var s = admin.createStatement()) {
        s.execute("DROP ROLE driftgate_secret_probe");
      }
    }
  }

  @Test
  void everyStartHasAPasswordOfItsOwn() throws Exception {
    try (EmbeddedServer first = EmbeddedServer.start();
        EmbeddedServer second = EmbeddedServer.start()) {
      assertThat(Files.readString(first.passwordFile()))
          .isNotBlank()
          .isNotEqualTo(Files.readString(second.passwordFile()));
    }
  }
}
