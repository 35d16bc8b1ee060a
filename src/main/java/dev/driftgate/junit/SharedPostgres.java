package dev.driftgate.junit;

import dev.driftgate.app.build.ScratchTemplate;
import dev.driftgate.postgres.PostgresMode;
import dev.driftgate.postgres.PostgresVersion;
import dev.driftgate.postgres.Provisioner;
import dev.driftgate.postgres.SharedServer;
import dev.driftgate.postgres.StartupSteps;
import java.util.HashMap;
import java.util.Map;

/**
 * The PostgreSQL servers of a test run, each started on first use and stopped when the JVM exits:
 * one per mode and version the test classes ask for (usually just one). Runs isolate themselves in
 * scratch databases. System properties choose the server like the CLI's options where a {@link
 * DriftgateProject} does not: {@code driftgate.postgres} (embedded, container, external), {@code
 * driftgate.pgVersion}, {@code driftgate.jdbcUrl}.
 */
public final class SharedPostgres {
  private static final Map<Provisioner, SharedServer> SERVERS = new HashMap<>();

  private SharedPostgres() {}

  /** The server the system properties choose. */
  public static SharedServer server() {
    return server(null, null);
  }

  /** The server of {@code mode} and {@code version}; null or blank: the system property's. */
  static synchronized SharedServer server(String mode, String version) {
    Provisioner provisioner = provisioner(mode, version);
    SharedServer server = SERVERS.get(provisioner);
    if (server == null) {
      SharedServer started =
          new SharedServer(provisioner.start(StartupSteps.NONE, ScratchTemplate.PREPARED));
      Runtime.getRuntime()
          .addShutdownHook(new Thread(started::shutdown, "driftgate-postgres-stop"));
      SERVERS.put(provisioner, started);
      server = started;
    }
    return server;
  }

  private static Provisioner provisioner(String mode, String version) {
    String m = orProperty(mode, "driftgate.postgres");
    String v = orProperty(version, "driftgate.pgVersion");
    return new Provisioner(
            m == null ? null : PostgresMode.parse(m),
            v == null ? null : PostgresVersion.parse(v),
            System.getProperty("driftgate.jdbcUrl"),
            System.getenv("DB_PASSWORD"))
        .validated();
  }

  private static String orProperty(String value, String property) {
    return value == null || value.isBlank() ? System.getProperty(property) : value;
  }
}
