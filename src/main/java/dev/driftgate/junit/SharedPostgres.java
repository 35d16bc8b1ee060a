package dev.driftgate.junit;

import dev.driftgate.app.build.ScratchTemplate;
import dev.driftgate.postgres.PostgresMode;
import dev.driftgate.postgres.PostgresVersion;
import dev.driftgate.postgres.Provisioner;
import dev.driftgate.postgres.SharedServer;
import dev.driftgate.postgres.StartupSteps;

/**
 * The one PostgreSQL of a test run, started on first use and stopped when the JVM exits. Runs
 * isolate themselves in scratch databases. System properties choose the server like the CLI's
 * options: {@code driftgate.postgres} (embedded, container, external), {@code driftgate.pgVersion},
 * {@code driftgate.jdbcUrl}.
 */
public final class SharedPostgres {
  private static SharedServer server;

  private SharedPostgres() {}

  public static synchronized SharedServer server() {
    if (server == null) {
      String mode = System.getProperty("driftgate.postgres");
      String version = System.getProperty("driftgate.pgVersion");
      Provisioner provisioner =
          new Provisioner(
                  mode == null ? null : PostgresMode.parse(mode),
                  version == null ? null : PostgresVersion.parse(version),
                  System.getProperty("driftgate.jdbcUrl"),
                  System.getenv("DB_PASSWORD"))
              .validated();
      SharedServer started =
          new SharedServer(provisioner.start(StartupSteps.NONE, ScratchTemplate.PREPARED));
      Runtime.getRuntime()
          .addShutdownHook(new Thread(started::shutdown, "driftgate-postgres-stop"));
      server = started;
    }
    return server;
  }
}
