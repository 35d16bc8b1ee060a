package dev.driftgate.app.build;

import dev.driftgate.app.build.DatabaseBuilder.Result;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.catalog.CatalogObjects;
import dev.driftgate.catalog.CatalogReader;
import dev.driftgate.catalog.CatalogState;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.migrate.OnBehalf;
import dev.driftgate.migrate.ScriptExecutor;
import dev.driftgate.migrate.StatementJournal;
import dev.driftgate.model.Catalog;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.postgres.Sessions;
import dev.driftgate.sqlscript.Statement;
import dev.driftgate.sqlscript.StatementKind;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The last migration of a tier tried on the kept state before it, in a transaction that is rolled
 * back (the developer's loop: edit the newest migration, verify again). Applying it, probing it a
 * second time and reading the catalog all happen in that one transaction, as the role that builds,
 * with each session reset as a new one would be; nothing is copied, and the kept state is as it was
 * when the trial ends. What a trial cannot do as the clone would, it does not try: a migration with
 * a statement that runs only outside a transaction block, that the administrator runs on the build
 * role's behalf (committed at once), that changes the defaults of new sessions, or that its tool
 * applies; and a trial that finds it cannot go on ends, and the replay is built on a clone as
 * before.
 */
final class TrialReplay {
  /** Statements whose effect a new session would see and a reset one does not. */
  private static final Set<String> SESSION_DEFAULTS = Set.of("DATABASE", "ROLE", "USER");

  private final DatabaseBuilder builder;
  private final ReplayCache cache;
  private final ReplayCache.Resume resume;

  TrialReplay(DatabaseBuilder builder, ReplayCache cache, ReplayCache.Resume resume) {
    this.builder = builder;
    this.cache = cache;
    this.resume = resume;
  }

  /** Whether the replay is one migration from a kept state, and that migration suits a trial. */
  static boolean applies(TierInputs tier, ReplayCache.Resume resume) {
    int last = tier.migrations().size();
    return last > 0 && resume.position() == last - 1 && suits(tier.migrations().get(last - 1));
  }

  /**
   * Whether a migration can be probed on a kept state itself (each probe is rolled back) as on a
   * clone: not when the administrator would run one of its statements, committed at once, or its
   * tool would apply it.
   */
  static boolean probedInPlace(MigrationScript migration) {
    return migration.tool() == null
        && migration.statements().stream().noneMatch(OnBehalf::mayAdminister);
  }

  /**
   * Whether a migration runs in a trial as it would on a clone: probed in place, and with no
   * statement that runs only outside a transaction block or sets what new sessions start with.
   */
  static boolean suits(MigrationScript migration) {
    return probedInPlace(migration)
        && migration.statements().stream()
            .noneMatch(s -> s.kind() == StatementKind.NO_TRANSACTION || setsSessionDefaults(s));
  }

  private static boolean setsSessionDefaults(Statement s) {
    List<String> words = s.leadingWords(2);
    return words.size() == 2
        && words.get(0).equals("ALTER")
        && SESSION_DEFAULTS.contains(words.get(1));
  }

  /**
   * The catalog of the kept state the trial starts from, with what it was read from, for the
   * trial's own read to read again only what the migration changed: as an earlier trial wrote it
   * down (loaded while the migration runs), else read now, before the migration, and written down
   * for the next trial. It is kept under a name of the state, of the database it was read from (its
   * mark: none for a database without one, see {@code ScratchDatabases}) and of the tier's setup it
   * is written against.
   */
  private Optional<DatabaseBuilder.Base> base(Sessions sessions, TierInputs tier, String key)
      throws SQLException {
    Optional<String> mark = CatalogReader.mark(sessions.fresh());
    if (mark.isEmpty()) {
      return Optional.empty();
    }
    DatabaseBuilder.BuiltSetup setup = builder.builtSetup(tier.name());
    String setupKey = setup.key().join();
    String name = key + "." + mark.get() + "." + (setupKey == null ? "whole" : setupKey);
    // without a key the setup is not one a later run can be sure to build alike: kept whole
    CompletableFuture<Catalog> against =
        setupKey == null ? CompletableFuture.completedFuture(null) : setup.catalog();
    if (cache.hasBase(name)) {
      CompletableFuture<Optional<CatalogObjects>> objects = cache.baseObjects(name);
      CompletableFuture<Optional<Catalog>> catalog = cache.baseCatalog(name, against);
      return Optional.of(
          new DatabaseBuilder.Base(
              () -> objects.join().orElse(null), () -> catalog.join().orElse(null)));
    }
    long start = System.nanoTime();
    CatalogState base = CatalogReader.readState(sessions.fresh());
    builder.stopwatch().add(tier.name() + " kept state catalog read", start);
    cache.rememberBase(name, base, against);
    return Optional.of(new DatabaseBuilder.Base(base::objects, base::catalog));
  }

  /**
   * The replay, tried on the kept state; empty when the trial could not go on (the replay is then
   * built on a clone; a kept state whose transaction a statement ended is dropped first).
   */
  Optional<BuiltDatabase> replay(TierInputs tier, long start) throws SQLException {
    List<String> chain = resume.chain();
    String state = ReplayCache.database(chain.get(resume.position()));
    ScratchDatabases databases = builder.databases();
    StatementJournal journal = new StatementJournal();
    journal.restore(resume.journal());
    ScriptExecutor executor =
        new ScriptExecutor(journal, OnBehalf.of(databases, state), builder.limits());
    int mark = journal.size();
    try (ScratchDatabases.Lent lent = databases.lend(state);
        Sessions sessions = databases.trialSessions(state)) {
      Optional<DatabaseBuilder.Base> base = base(sessions, tier, chain.get(resume.position()));
      Result result =
          builder.migrations(
              sessions,
              tier,
              executor,
              journal,
              resume.position(),
              (applied, migration, probe) ->
                  cache.record(
                      chain.get(applied), CacheEntry.step(journal.since(mark), migration, probe)),
              true);
      builder.stopwatch().add(tier.name() + " replay and idempotency probes (trial)", start);
      BuiltDatabase built =
          DatabaseBuilder.built(
              ReplayCache.database(chain.get(result.applied())),
              builder.snapshot(sessions, tier.name() + " migrations", journal, base.orElse(null)),
              result,
              start);
      if (result.failure() == null) {
        cache.remember(
            chain.get(result.applied()),
            new DatabaseBuilder.Snapshot(built.catalog(), built.provenance()));
      }
      return Optional.of(built);
    } catch (Sessions.TrialEnded e) {
      cache.forget(state); // a statement may have committed something: never clone it again
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.empty();
    }
  }
}
