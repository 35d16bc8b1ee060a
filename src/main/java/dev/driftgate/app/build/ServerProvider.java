package dev.driftgate.app.build;

import dev.driftgate.postgres.PostgresServer;

/** Starts (or hands out) the PostgreSQL server a run uses; the run closes what it gets. */
@FunctionalInterface
public interface ServerProvider {
  PostgresServer start();
}
