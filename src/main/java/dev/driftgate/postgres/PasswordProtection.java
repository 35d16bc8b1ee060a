package dev.driftgate.postgres;

import dev.driftgate.config.Secret;
import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.sql.SQLException;

/**
 * Makes an embedded server ask for the user's password ({@code driftgate postgres start
 * --password-file}) instead of the run's random one. Every embedded cluster already asks every
 * connection for a password ({@code scram-sha-256} since initdb, {@link ClusterPassword}); only the
 * password changes, sent as a SCRAM verifier so that no statement carries it.
 */
public final class PasswordProtection {
  private PasswordProtection() {}

  public static void require(PostgresServer server, Secret password) {
    if (!(server instanceof EmbeddedServer embedded)) {
      throw new IllegalArgumentException("only an embedded server's password is driftgate's");
    }
    try {
      embedded.changePassword(password);
    } catch (SQLException | IOException e) {
      throw DriftgateException.infrastructure(
          "could not protect the embedded PostgreSQL with a password: "
              + Redaction.scrub(Messages.oneLine(e), password),
          e);
    }
  }
}
