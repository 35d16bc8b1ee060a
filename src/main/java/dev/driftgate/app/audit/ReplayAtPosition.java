package dev.driftgate.app.audit;

import dev.driftgate.app.build.BuiltDatabase;
import dev.driftgate.app.build.DatabaseBuilder;
import dev.driftgate.app.build.Progress;
import dev.driftgate.app.build.RunLimits;
import dev.driftgate.app.build.Runs;
import dev.driftgate.app.build.ServerProvider;
import dev.driftgate.app.build.Stopwatch;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.diff.CatalogDiff;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Source;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.postgres.PostgresServer;
import dev.driftgate.postgres.ScratchDatabases;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schema of tier T after its baseline and its first k migrations, built once per (T, k) an
 * audit meets: replayed with the runner in a scratch database cloned from the run's template, its
 * catalog and the blame of each object read, the database dropped. This is the one place that knows
 * how a replay state is obtained, so that a cache of replay states can replace it. The server
 * starts only when the first state is needed (an audit of unreachable databases needs none).
 */
final class ReplayAtPosition implements AutoCloseable {
  /** A replay state: the side a live database is compared with, or why the replay failed. */
  record Replay(CatalogDiff.Side side, Finding failure) {}

  private final ServerProvider servers;
  private final Map<String, TierInputs> tiers;
  private final Progress progress;
  private final Map<String, Replay> built = new ConcurrentHashMap<>();
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private PostgresServer server;
  private ScratchDatabases databases;
  private DatabaseBuilder builder;
  private long millis;

  ReplayAtPosition(ServerProvider servers, Map<String, TierInputs> tiers, Progress progress) {
    this.servers = servers;
    this.tiers = tiers;
    this.progress = progress;
  }

  /** The replay of {@code tier} after its first {@code applied} migrations. */
  synchronized Replay at(String tier, int applied) {
    used.add(tier + "@" + applied);
    return state(tier, applied);
  }

  /**
   * Starts the server and the replay of each tier's every migration on a thread of its own, while
   * the fleet is being read: most databases of a fleet are at head, and the first judgement would
   * otherwise wait for both. A state nobody asks for is not counted.
   */
  void warmUp(Collection<String> tierNames) {
    Thread t =
        new Thread(
            () -> {
              try {
                for (String tier : tierNames) {
                  synchronized (this) {
                    state(tier, tiers.get(tier).migrations().size());
                  }
                }
              } catch (RuntimeException e) {
                // the judgement that needs the state builds it again and reports the failure
              }
            },
            "driftgate-audit-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private Replay state(String tier, int applied) {
    String key = tier + "@" + applied;
    Replay replay = built.get(key);
    if (replay == null) {
      replay = build(tiers.get(tier), applied);
      built.put(key, replay);
    }
    return replay;
  }

  /** How many replay states the audit used. */
  int count() {
    return used.size();
  }

  /** How long building them took, server start included. */
  synchronized long millis() {
    return millis;
  }

  /** The mode and version of the server the states were built on ("none" when none was needed). */
  synchronized String serverMode() {
    return server == null || used.isEmpty() ? "none" : server.info().mode();
  }

  synchronized String serverVersion() {
    return server == null || used.isEmpty() ? null : server.info().version();
  }

  private Replay build(TierInputs tier, int applied) {
    String step = "replay " + tier.name() + " " + applied + "/" + tier.migrations().size();
    progress.started(step);
    long start = System.nanoTime();
    try {
      TierInputs prefix =
          new TierInputs(
              tier.name(),
              tier.setup(),
              tier.baseline(),
              tier.migrations().subList(0, applied).stream().map(ReplayAtPosition::once).toList(),
              tier.upgradePath());
      BuiltDatabase db = builder().replay(prefix);
      databases.drop(db.name());
      return new Replay(
          new CatalogDiff.Side(Source.MIGRATIONS, db.catalog(), db.provenance()), db.failure());
    } catch (SQLException e) {
      throw DriftgateException.infrastructure(
          "PostgreSQL failed during the replay of " + tier.name() + ": " + Runs.firstLine(e), e);
    } finally {
      millis += (System.nanoTime() - start) / 1_000_000;
      progress.finished(step);
    }
  }

  /**
   * The migration as run-once, so that the replay does not probe it: an audit needs the state the
   * migrations leave, not the idempotency checks of verify (each probe re-reads the catalog).
   */
  private static MigrationScript once(MigrationScript m) {
    return m.asRunOnce();
  }

  private DatabaseBuilder builder() {
    if (builder == null) {
      // a server that started but whose template failed is reused by the next try, not leaked
      if (server == null) {
        server = servers.start();
        databases = new ScratchDatabases(server, true);
      }
      builder =
          new DatabaseBuilder(
              databases,
              Runs.template(server, databases),
              new Stopwatch(Progress.NONE),
              RunLimits.DEFAULTS.startingNow());
    }
    return builder;
  }

  @Override
  public synchronized void close() {
    if (databases != null) {
      databases.close();
    }
    if (server != null) {
      server.close();
    }
  }
}
