package dev.driftgate.app.build;

import dev.driftgate.app.build.VerifyInputs.TierInputs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The replay cache's keys and entries for a run's tiers, worked out while its server starts (at
 * 1,000 tables and 100 migrations, a tenth of a second or more that the run would otherwise wait
 * for after the server is up; {@link CachedAnswers#prefetchReplays}). The keys depend on the
 * server's version, which the kept cluster's version file names before the server answers; a run
 * whose server turns out to be another version works its keys out again ({@link ReplayCache#open}).
 */
public final class CachePrefetch {
  private final CacheKeys keys;
  private final Map<String, CompletableFuture<Chain>> chains = new ConcurrentHashMap<>();

  /** A tier's replay keys ({@link CacheKeys#chain}) and what the cache recorded for each. */
  record Chain(List<String> keys, List<Optional<CacheEntry>> entries) {}

  /** Starts working out the keys of {@code tiers} and reading their entries from {@code files}. */
  CachePrefetch(CacheKeys keys, CacheFiles files, List<TierInputs> tiers) {
    this.keys = keys;
    for (TierInputs tier : tiers) {
      chains.put(
          tier.name(),
          CompletableFuture.supplyAsync(
              () -> {
                List<String> chain = keys.chain(tier);
                return new Chain(chain, chain.parallelStream().map(files::entry).toList());
              }));
    }
  }

  /**
   * A tier's keys and entries, when they were worked out as {@code keys} works them out; once (a
   * second look at a tier's cache, after a trial that could not go on, reads what the run since
   * recorded).
   */
  Optional<Chain> chain(CacheKeys keys, TierInputs tier) {
    CompletableFuture<Chain> chain = chains.remove(tier.name());
    if (chain == null || !this.keys.sameAs(keys)) {
      return Optional.empty();
    }
    try {
      return Optional.of(chain.join());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
