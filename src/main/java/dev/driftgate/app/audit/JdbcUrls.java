package dev.driftgate.app.audit;

import dev.driftgate.config.Secret;
import dev.driftgate.config.Settings.Credentials;
import dev.driftgate.config.Settings.Endpoint;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.postgres.ExternalServer;
import java.util.Properties;
import org.postgresql.Driver;

/** Turns a {@code --jdbc-url} into an endpoint; user and password default to the settings'. */
final class JdbcUrls {
  private JdbcUrls() {}

  static Endpoint endpoint(String url, Credentials defaults) {
    Properties parsed = url.startsWith("jdbc:postgresql:") ? Driver.parseURL(url, null) : null;
    if (parsed == null) {
      throw DriftgateException.badInput(
          "--jdbc-url "
              + ExternalServer.redact(url)
              + ": not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database?user=name)");
    }
    String password = parsed.getProperty("password");
    Credentials credentials =
        new Credentials(
            parsed.getProperty("user", defaults.user()),
            password == null ? defaults.password() : Secret.of(password));
    return new Endpoint(
        parsed.getProperty("PGHOST", "localhost").split(",")[0],
        Integer.parseInt(parsed.getProperty("PGPORT", "5432").split(",")[0]),
        parsed.getProperty("PGDBNAME", "postgres"),
        credentials);
  }
}
