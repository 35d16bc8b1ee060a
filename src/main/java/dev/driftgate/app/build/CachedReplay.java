package dev.driftgate.app.build;

import dev.driftgate.app.build.DatabaseBuilder.Result;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.diff.Finding;
import dev.driftgate.migrate.ScriptExecutor;
import dev.driftgate.migrate.StatementJournal;
import dev.driftgate.postgres.Sessions;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A tier's replay that goes on from the longest prefix the cache holds, and leaves behind for the
 * next run what it learns: an entry for every state it passes, a copy of the state before the last
 * migration (the one a developer edits next), and its last state.
 */
final class CachedReplay {
  private final DatabaseBuilder builder;
  private final ReplayCache cache;
  private final ReplayCache.Resume resume;
  private final String database;

  CachedReplay(
      DatabaseBuilder builder, ReplayCache cache, ReplayCache.Resume resume, String database) {
    this.builder = builder;
    this.cache = cache;
    this.resume = resume;
    this.database = database;
  }

  Result replay(
      Sessions sessions, TierInputs tier, ScriptExecutor executor, StatementJournal journal)
      throws SQLException {
    List<String> chain = resume.chain();
    int from = Math.max(0, resume.position());
    if (resume.position() < 0) {
      Optional<Finding> failure = builder.baseline(sessions, tier, executor);
      if (failure.isPresent()) {
        return new Result(failure.get(), 0, List.of(), 0);
      }
      cache.record(chain.get(0), CacheEntry.of(journal.since(0), null));
      if (tier.migrations().size() == 1) {
        sessions.close(); // the state before the only migration, the one a developer edits
        cache.snapshot(database, chain.get(0));
      }
    } else {
      journal.restore(resume.journal());
    }
    int last = tier.migrations().size();
    int[] mark = {journal.size()};
    Result result =
        builder.migrations(
            sessions,
            tier,
            executor,
            journal,
            from,
            (applied, migration, probe) -> {
              CacheEntry entry = CacheEntry.step(journal.since(mark[0]), migration, probe);
              mark[0] = journal.size();
              cache.record(chain.get(applied), entry);
              if (applied == last - 1) {
                sessions.close(); // a database is copied only without sessions
                cache.snapshot(database, chain.get(applied));
              }
            },
            false);
    if (result.failure() == null && result.applied() == last) {
      cache.keep(database, chain.get(last));
    }
    return result;
  }
}
