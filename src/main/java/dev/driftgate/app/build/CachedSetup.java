package dev.driftgate.app.build;

import dev.driftgate.app.build.DatabaseBuilder.Result;
import dev.driftgate.app.build.DatabaseBuilder.Snapshot;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.migrate.OnBehalf;
import dev.driftgate.migrate.ScriptExecutor;
import dev.driftgate.migrate.StatementJournal;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.postgres.Sessions;
import java.sql.SQLException;
import java.util.List;

/**
 * A tier's canonical script whose database the cache holds: read as it is, and only the
 * fresh-install probes the cache has no clean result for run, on the state itself (each probe is
 * rolled back), or on a clone of it when a migration has a statement the administrator would run
 * for the build role, which commits at once.
 */
final class CachedSetup {
  private final DatabaseBuilder builder;
  private final ReplayCache cache;
  private final String key;
  private final CacheEntry state;

  CachedSetup(DatabaseBuilder builder, ReplayCache cache, String key, CacheEntry state) {
    this.builder = builder;
    this.cache = cache;
    this.key = key;
    this.state = state;
  }

  BuiltDatabase build(TierInputs tier) throws SQLException {
    long start = System.nanoTime();
    StatementJournal journal = new StatementJournal();
    journal.restore(state.statements());
    String name = ReplayCache.database(key);
    Snapshot snapshot =
        cache.snapshotOf(
            key, sessions -> builder.snapshot(sessions, tier.name() + " setup (cached)", journal));
    List<MigrationScript> probed = tier.migrations().stream().filter(m -> !m.once()).toList();
    List<MigrationScript> pending =
        probed.stream()
            .filter(m -> cache.entry(cache.keys().freshInstall(key, m)).isEmpty())
            .toList();
    int known = probed.size() - pending.size();
    if (pending.isEmpty()) {
      return DatabaseBuilder.built(name, snapshot, new Result(null, 0, List.of(), known), start);
    }
    if (pending.stream().allMatch(TrialReplay::probedInPlace)) {
      // the probes roll back: they run on the kept state itself, lent to the build role
      try (ScratchDatabases.Lent lent = builder.databases().lend(name);
          Sessions sessions = builder.databases().sessions(name)) {
        return probed(tier, journal, snapshot, pending, known, name, sessions, start);
      } catch (Sessions.TrialEnded e) {
        cache.forget(name); // a statement may have committed something: built again
        return builder.buildSetup(tier, key);
      }
    }
    String work =
        builder
            .stopwatch()
            .time(
                tier.name() + " setup clone",
                () -> builder.databases().cloneOf(name, tier.name() + "_setup"));
    try (Sessions sessions = builder.databases().sessions(work)) {
      return probed(tier, journal, snapshot, pending, known, work, sessions, start);
    }
  }

  private BuiltDatabase probed(
      TierInputs tier,
      StatementJournal journal,
      Snapshot snapshot,
      List<MigrationScript> pending,
      int known,
      String database,
      Sessions sessions,
      long start)
      throws SQLException {
    ScriptExecutor executor =
        new ScriptExecutor(journal, OnBehalf.of(builder.databases(), database), builder.limits());
    Result probes =
        builder.freshInstallProbes(
            sessions, executor, journal, tier, snapshot.catalog(), pending, key);
    return DatabaseBuilder.built(
        database, snapshot, new Result(null, 0, probes.probes(), probes.probed() + known), start);
  }
}
