package dev.driftgate.testing;

import dev.driftgate.postgres.EmbeddedServer;
import dev.driftgate.postgres.SharedServer;

/**
 * The one embedded PostgreSQL of a test run, started on first use and stopped when the JVM exits.
 * Tests isolate themselves with scratch databases, which are cheap; servers are not.
 */
public final class TestPostgres {
  private static SharedServer server;

  private TestPostgres() {}

  public static synchronized SharedServer server() {
    if (server == null) {
      server = new SharedServer(EmbeddedServer.start());
      SharedServer started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
    }
    return server;
  }
}
