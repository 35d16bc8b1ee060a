package dev.driftgate.app.build;

import dev.driftgate.app.build.DatabaseBuilder.Result;
import dev.driftgate.app.build.DatabaseBuilder.Snapshot;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.postgres.ServerInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A run whose every build an earlier run has kept (an unchanged re-run): both databases of each
 * tier are the cache's states, read from the files written beside the kept cluster, so no server
 * starts. The answers are the ones {@link ReplayCache} would give through a server, by the same
 * keys: the server's version is the one its last run wrote down.
 */
public final class CachedAnswers {
  private final Path kept;
  private final CacheFiles files;
  private final CacheKeys keys;
  private final ServerInfo server;
  private final Map<String, CompletableFuture<Optional<Snapshot>>> prefetched =
      new java.util.concurrent.ConcurrentHashMap<>();

  private CachedAnswers(Path kept, CacheFiles files, CacheKeys keys, ServerInfo server) {
    this.kept = kept;
    this.files = files;
    this.keys = keys;
    this.server = server;
  }

  /**
   * The answers kept in {@code kept} (an embedded server's kept cluster) for scripts run the way
   * {@code policy} names; empty before a run has kept anything there.
   */
  public static Optional<CachedAnswers> open(Path kept, String policy) {
    try {
      Path versionFile = kept.resolve(ReplayCache.SERVER_VERSION);
      if (!Files.isRegularFile(versionFile)) {
        return Optional.empty();
      }
      String version = Files.readString(versionFile, StandardCharsets.UTF_8).strip();
      return Optional.of(
          new CachedAnswers(
              kept,
              CacheFiles.in(kept),
              new CacheKeys(ReplayCache.salt(version, policy)),
              new ServerInfo("embedded", version)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The server whose states these are, for the report. */
  public ServerInfo server() {
    return server;
  }

  /** A tier's two databases, as the cache holds them. */
  public record Tier(BuiltDatabase setup, BuiltDatabase replay) {}

  /**
   * Every tier's databases, or empty when one build is not kept whole (then a server is needed).
   * The states' files are read in parallel, while their entries are checked.
   */
  public Optional<List<Tier>> all(List<TierInputs> tiers) {
    List<CompletableFuture<Optional<Tier>>> reading = new ArrayList<>();
    for (TierInputs tier : tiers) {
      reading.add(tier(tier));
    }
    List<Tier> answered = new ArrayList<>();
    for (CompletableFuture<Optional<Tier>> one : reading) {
      Optional<Tier> tier = one.join();
      if (tier.isEmpty()) {
        return Optional.empty();
      }
      answered.add(tier.get());
    }
    return Optional.of(answered);
  }

  /**
   * Whether {@link #all} would answer (every tier kept whole, its states' files present; no state
   * is read): the states it would read, what {@link ProjectStamp#markCovered} lists; else empty.
   */
  public Optional<List<String>> covers(List<TierInputs> tiers) {
    List<String> states = new ArrayList<>();
    for (TierInputs tier : tiers) {
      if (tier.setup() == null) {
        return Optional.empty();
      }
      String setup = keys.setup(tier);
      List<String> chain = keys.chain(tier);
      String last = chain.get(chain.size() - 1);
      if (!keptWhole(tier, setup, chain) || !files.hasSnapshot(setup) || !files.hasSnapshot(last)) {
        return Optional.empty();
      }
      states.add(setup);
      states.add(last);
    }
    return Optional.of(states);
  }

  /**
   * Whether the cache recorded every build of a tier as reusable: its canonical script's state and
   * each fresh-install probe on it clean, each replay step's probe clean (a step whose probe found
   * something is probed again on a server every run).
   */
  private boolean keptWhole(TierInputs tier, String setup, List<String> chain) {
    return files.reusable(setup)
        && probed(tier).stream().allMatch(m -> files.reusable(keys.freshInstall(setup, m)))
        && chain.stream().allMatch(files::reusable);
  }

  private CompletableFuture<Optional<Tier>> tier(TierInputs tier) {
    long start = System.nanoTime();
    if (tier.setup() == null) {
      // an empty database is read from a server, never kept
      return CompletableFuture.completedFuture(Optional.empty());
    }
    String setupKey = keys.setup(tier);
    List<String> chain = keys.chain(tier);
    String last = chain.get(chain.size() - 1);
    CompletableFuture<Optional<Snapshot>> setup = read(setupKey);
    CompletableFuture<Optional<Snapshot>> replay = read(last);
    boolean kept = keptWhole(tier, setupKey, chain);
    int probed = probed(tier).size();
    return setup.thenCombine(
        replay,
        (s, r) -> {
          if (!kept || s.isEmpty() || r.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(
              new Tier(
                  DatabaseBuilder.built(
                      ReplayCache.database(setupKey),
                      s.get(),
                      new Result(null, 0, List.of(), probed),
                      start),
                  DatabaseBuilder.built(
                      ReplayCache.database(last),
                      r.get(),
                      new Result(null, tier.migrations().size(), List.of(), probed),
                      start)));
        });
  }

  private CompletableFuture<Optional<Snapshot>> read(String key) {
    CompletableFuture<Optional<Snapshot>> early = prefetched.remove(key);
    return early != null ? early : CompletableFuture.supplyAsync(() -> files.snapshot(key));
  }

  /**
   * Starts reading the files of states an earlier run answered from ({@link
   * ProjectStamp#covering}), while the project is read: deserializing a 900-table state takes a JVM
   * that has not done it yet about 0.4 s. {@link #all} takes them if its keys name them; the others
   * are not used.
   */
  public void prefetch(List<String> keys) {
    keys.forEach(
        key ->
            prefetched.computeIfAbsent(
                key, k -> CompletableFuture.supplyAsync(() -> files.snapshot(k))));
  }

  /**
   * Starts working out the replay cache's keys and reading its entries for {@code tiers}, by the
   * server version the kept cluster's file names, while the server starts: for a run this cache
   * does not answer ({@link ReplayCache#open} takes them).
   */
  public CachePrefetch prefetchReplays(List<TierInputs> tiers) {
    return new CachePrefetch(keys, files, tiers);
  }

  private static List<MigrationScript> probed(TierInputs tier) {
    return tier.migrations().stream().filter(m -> !m.once()).toList();
  }

  /** What the run says about the cache, as a run through the server would. */
  public String note(int tiers) {
    return "replay cache: "
        + 2 * tiers
        + " builds went on from a state kept by an earlier run, all of them kept whole: no server"
        + " was started ("
        + kept
        + "; --no-cache turns it off)";
  }
}
