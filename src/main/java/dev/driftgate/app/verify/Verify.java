package dev.driftgate.app.verify;

import dev.driftgate.app.build.BuiltDatabase;
import dev.driftgate.app.build.DatabaseBuilder;
import dev.driftgate.app.build.Progress;
import dev.driftgate.app.build.ReplayCache;
import dev.driftgate.app.build.ReplayStart;
import dev.driftgate.app.build.RunLimits;
import dev.driftgate.app.build.Runs;
import dev.driftgate.app.build.ServerProvider;
import dev.driftgate.app.build.Stopwatch;
import dev.driftgate.app.build.VerifyInputs;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.postgres.PostgresServer;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import dev.driftgate.report.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code verify} (SPEC §7): per tier, build one database from the canonical script and one by
 * replaying the migrations, compare them, and check the manifest. The server starts while the
 * project is being read; tiers and the two builds of each tier run in parallel.
 */
public final class Verify {
  private final ServerProvider servers;
  private final Progress progress;
  private final EntityOptions entityOptions;
  private final ScriptPolicy policy;

  /**
   * How the project's scripts run: as the server's superuser or not, which extensions only a
   * superuser may create they may create all the same, and their time limits.
   */
  private record ScriptPolicy(
      boolean trust, Set<String> extensions, RunLimits limits, boolean cache) {
    static final ScriptPolicy DEFAULT =
        new ScriptPolicy(false, Set.of(), RunLimits.DEFAULTS, false);

    ScriptPolicy {
      extensions = Set.copyOf(extensions);
    }

    /** What changes what the scripts build, for the cache's keys. */
    String key() {
      return "trust=" + trust + ";extensions=" + new java.util.TreeSet<>(extensions);
    }
  }

  public Verify(ServerProvider servers) {
    this(servers, Progress.NONE, EntityOptions.defaults());
  }

  public Verify(ServerProvider servers, Progress progress) {
    this(servers, progress, EntityOptions.defaults());
  }

  public Verify(ServerProvider servers, EntityOptions entityOptions) {
    this(servers, Progress.NONE, entityOptions);
  }

  public Verify(ServerProvider servers, Progress progress, EntityOptions entityOptions) {
    this(servers, progress, entityOptions, ScriptPolicy.DEFAULT);
  }

  private Verify(
      ServerProvider servers, Progress progress, EntityOptions entityOptions, ScriptPolicy policy) {
    this.servers = servers;
    this.progress = progress;
    this.entityOptions = entityOptions;
    this.policy = policy;
  }

  private Verify with(ScriptPolicy newPolicy) {
    return new Verify(servers, progress, entityOptions, newPolicy);
  }

  /**
   * The same verification with the project's scripts run as the server's superuser ({@code
   * --trust-scripts}): for projects that need it, never for pull requests from strangers.
   */
  public Verify trustingScripts(boolean trust) {
    return with(new ScriptPolicy(trust, policy.extensions(), policy.limits(), policy.cache()));
  }

  /**
   * The same verification, where the project's scripts may also create these extensions, which only
   * a superuser may create ({@code --allow-extension}); trusted extensions need no naming.
   */
  public Verify allowingExtensions(Set<String> extensions) {
    return with(new ScriptPolicy(policy.trust(), extensions, policy.limits(), policy.cache()));
  }

  /** The same verification with other time limits for the project's scripts. */
  public Verify limitedTo(RunLimits limits) {
    return with(new ScriptPolicy(policy.trust(), policy.extensions(), limits, policy.cache()));
  }

  /**
   * The same verification going on from the replay states kept by earlier runs, and keeping its
   * own, when the server keeps databases between runs (an embedded server on the kept cluster).
   */
  public Verify caching(boolean cache) {
    return with(new ScriptPolicy(policy.trust(), policy.extensions(), policy.limits(), cache));
  }

  public Report run(Path projectDir) {
    return run(projectDir, new ReplayStart.Baselines());
  }

  /** Verifies with the replay starting where {@code --baseline} says (SPEC §7). */
  public Report run(Path projectDir, String baselineOption) {
    return run(projectDir, ReplayStart.parse(baselineOption, projectDir));
  }

  private Report run(Path projectDir, ReplayStart replayStart) {
    long start = System.nanoTime();
    Stopwatch stopwatch = new Stopwatch(progress);
    CompletableFuture<PostgresServer> starting =
        CompletableFuture.supplyAsync(() -> stopwatch.time("server start", servers::start));
    VerifyInputs inputs;
    EntityVerification entities;
    try {
      inputs = stopwatch.time("read project", () -> VerifyInputs.read(projectDir, replayStart));
      entities = EntityVerification.start(inputs, entityOptions, stopwatch);
    } catch (RuntimeException e) {
      starting.thenAccept(PostgresServer::close);
      throw e;
    }
    try (entities;
        PostgresServer server = Runs.await(starting)) {
      List<String> cacheNotes = new ArrayList<>();
      List<CheckResult> checks = verify(server, inputs, stopwatch, entities, cacheNotes);
      return new Report(
          "verify",
          projectDir.toString(),
          server.info().mode(),
          server.info().version(),
          checks,
          notes(notes(inputs.notes(), entities.notes()), cacheNotes),
          stopwatch.timings(),
          (System.nanoTime() - start) / 1_000_000);
    }
  }

  private List<CheckResult> verify(
      PostgresServer server,
      VerifyInputs inputs,
      Stopwatch stopwatch,
      EntityVerification entities,
      List<String> notes) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, 2 * inputs.tiers().size()));
    Optional<ReplayCache> cache = Optional.empty();
    try (ScratchDatabases databases =
        new ScratchDatabases(server, !policy.trust(), policy.extensions())) {
      String template = stopwatch.time("template", () -> Runs.template(server, databases));
      cache = policy.cache() ? ReplayCache.open(server, databases, policy.key()) : Optional.empty();

      DatabaseBuilder builder =
          new DatabaseBuilder(databases, template, stopwatch, policy.limits().startingNow())
              .caching(cache);
      List<Future<BuiltDatabase>> builds = new ArrayList<>();
      for (TierInputs tier : inputs.tiers()) {
        builds.add(pool.submit(() -> builder.setup(tier)));
        builds.add(pool.submit(() -> builder.replay(tier)));
      }
      List<CheckResult> checks = new ArrayList<>();
      for (int i = 0; i < inputs.tiers().size(); i++) {
        TierInputs tier = inputs.tiers().get(i);
        BuiltDatabase setup = Runs.get(builds.get(2 * i));
        BuiltDatabase replay = Runs.get(builds.get(2 * i + 1));
        checks.addAll(TierVerification.results(tier, setup, replay));
        checks.addAll(entities.results(tier, setup, replay));
      }
      checks.add(
          new CheckResult(
              ManifestHygiene.TIER,
              Check.MANIFEST,
              ManifestHygiene.check(inputs),
              null,
              hygieneSummary(inputs),
              0));
      if (policy.cache()) {
        notes.add(cache.map(ReplayCache::note).orElse(ReplayCache.unused(server, !policy.trust())));
      }
      return checks;
    } finally {
      pool.shutdownNow();
      cache.ifPresent(ReplayCache::evict);
    }
  }

  private static String hygieneSummary(VerifyInputs inputs) {
    int count = inputs.project().manifest().migrations().size();
    return inputs.project().registry() == null
        ? count + " migrations found by their names, every file present"
        : count + " migrations listed, every file registered";
  }

  private static List<String> notes(List<String> first, List<String> second) {
    List<String> notes = new ArrayList<>(first);
    notes.addAll(second);
    return notes;
  }
}
