package dev.driftgate.postgres;

import dev.driftgate.config.Secret;
import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes a freshly started embedded server ask for a password: sets the {@code postgres} role's
 * password and replaces the trust rules of {@code pg_hba.conf} by {@code scram-sha-256}, then
 * reloads the configuration. The password travels once, in a statement on a local connection.
 */
public final class PasswordProtection {
  private static final String HBA =
      "# written by driftgate postgres start: every connection needs the password\n"
          + "local all all scram-sha-256\n"
          + "host all all 127.0.0.1/32 scram-sha-256\n"
          + "host all all ::1/128 scram-sha-256\n";

  private PasswordProtection() {}

  public static void require(PostgresServer server, Secret password) {
    try (Connection c = server.connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("SET password_encryption = 'scram-sha-256'");
      s.execute("ALTER ROLE postgres PASSWORD '" + password.reveal().replace("'", "''") + "'");
      Path hba;
      try (ResultSet rs = s.executeQuery("SHOW hba_file")) {
        rs.next();
        hba = Path.of(rs.getString(1));
      }
      Files.writeString(hba, HBA);
      s.execute("SELECT pg_reload_conf()");
      if (server instanceof EmbeddedServer embedded) {
        embedded.passwordChanged(password);
      }
    } catch (SQLException | IOException e) {
      throw DriftgateException.infrastructure(
          "could not protect the embedded PostgreSQL with a password: "
              + Redaction.scrub(Messages.oneLine(e), password),
          e);
    }
  }
}
