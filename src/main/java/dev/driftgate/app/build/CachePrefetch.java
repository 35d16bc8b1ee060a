package dev.driftgate.app.build;

import dev.driftgate.app.build.VerifyInputs.TierInputs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The replay cache's keys and entries for a run's tiers, worked out while its server starts (at
 * 1,000 tables and 100 migrations, a tenth of a second or more that the run would otherwise wait
 * for after the server is up). The keys depend on the server's version, which the kept cluster's
 * version file names before the server answers; a run whose server turns out to be another version
 * works its keys out again ({@link ReplayCache#open}).
 */
public final class CachePrefetch {
  private final String salt;
  private final Map<String, CompletableFuture<Chain>> chains;

  /** A tier's replay keys ({@link CacheKeys#chain}) and what the cache recorded for each. */
  record Chain(List<String> keys, List<Optional<CacheEntry>> entries) {}

  private CachePrefetch(String salt, Map<String, CompletableFuture<Chain>> chains) {
    this.salt = salt;
    this.chains = chains;
  }

  /**
   * Starts working out the keys and reading the entries of {@code tiers} in the cache kept in
   * {@code kept}, for scripts run the way {@code policy} names; empty before a run kept anything.
   */
  public static Optional<CachePrefetch> start(Path kept, String policy, List<TierInputs> tiers) {
    try {
      Path versionFile = kept.resolve(ReplayCache.SERVER_VERSION);
      if (!Files.isRegularFile(versionFile)) {
        return Optional.empty();
      }
      String salt =
          ReplayCache.salt(Files.readString(versionFile, StandardCharsets.UTF_8).strip(), policy);
      CacheKeys keys = new CacheKeys(salt);
      CacheFiles files = CacheFiles.in(kept);
      Map<String, CompletableFuture<Chain>> chains = new java.util.HashMap<>();
      for (TierInputs tier : tiers) {
        chains.put(
            tier.name(),
            CompletableFuture.supplyAsync(
                () -> {
                  List<String> chain = keys.chain(tier);
                  return new Chain(chain, chain.parallelStream().map(files::entry).toList());
                }));
      }
      return Optional.of(
          new CachePrefetch(salt, new java.util.concurrent.ConcurrentHashMap<>(chains)));
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty(); // worked out when needed
    }
  }

  /**
   * A tier's keys and entries, when they were worked out with the same {@code salt}; once (a second
   * look at a tier's cache, after a trial that could not go on, reads what the run since recorded).
   */
  Optional<Chain> chain(String salt, TierInputs tier) {
    CompletableFuture<Chain> chain = chains.remove(tier.name());
    if (chain == null || !this.salt.equals(salt)) {
      return Optional.empty();
    }
    try {
      return Optional.of(chain.join());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
