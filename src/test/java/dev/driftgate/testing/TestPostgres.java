package dev.driftgate.testing;

import dev.driftgate.junit.SharedPostgres;
import dev.driftgate.postgres.SharedServer;

/**
 * The one PostgreSQL of a test run — the same one the JUnit extension shares, so that the whole
 * suite starts a single server. Tests isolate themselves with scratch databases, which are cheap;
 * servers are not.
 */
public final class TestPostgres {
  private TestPostgres() {}

  public static SharedServer server() {
    return SharedPostgres.server();
  }
}
