package dev.driftgate.app.verify;

import dev.driftgate.app.build.BuiltDatabase;
import dev.driftgate.app.build.CachePrefetch;
import dev.driftgate.app.build.CachedAnswers;
import dev.driftgate.app.build.DatabaseBuilder;
import dev.driftgate.app.build.Progress;
import dev.driftgate.app.build.ProjectStamp;
import dev.driftgate.app.build.ReplayCache;
import dev.driftgate.app.build.ReplayStart;
import dev.driftgate.app.build.RunLimits;
import dev.driftgate.app.build.Runs;
import dev.driftgate.app.build.ServerProvider;
import dev.driftgate.app.build.Stopwatch;
import dev.driftgate.app.build.VerifyInputs;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.app.verify.fixscript.FixProof;
import dev.driftgate.postgres.DiskWatch;
import dev.driftgate.postgres.PostgresServer;
import dev.driftgate.postgres.ScratchDatabases;
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
  private final DataOptions data;
  private final Optional<Path> kept;

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
    this(
        servers, progress, entityOptions, ScriptPolicy.DEFAULT, DataOptions.NONE, Optional.empty());
  }

  private Verify(
      ServerProvider servers,
      Progress progress,
      EntityOptions entityOptions,
      ScriptPolicy policy,
      DataOptions data,
      Optional<Path> kept) {
    this.servers = servers;
    this.progress = progress;
    this.entityOptions = entityOptions;
    this.policy = policy;
    this.data = data;
    this.kept = kept;
  }

  private Verify with(ScriptPolicy newPolicy) {
    return new Verify(servers, progress, entityOptions, newPolicy, data, kept);
  }

  /**
   * The same verification, replaying each tier's migrations also over rows ({@code --data}): what
   * fails on data and what rewrites or locks a table that holds rows, measured.
   */
  public Verify replayingOverRows(DataOptions newData) {
    return new Verify(servers, progress, entityOptions, policy, newData, kept);
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

  /**
   * The same verification, where the server {@code servers} starts keeps its cluster in {@code
   * keptDirectory}: a run whose every build the cache kept whole reads them from the files there
   * and starts no server (with {@link #caching} on).
   */
  public Verify answeringFrom(Optional<Path> keptDirectory) {
    return new Verify(servers, progress, entityOptions, policy, data, keptDirectory);
  }

  public Report run(Path projectDir) {
    return run(projectDir, new ReplayStart.Baselines(), null).report();
  }

  /** Verifies with the replay starting where {@code --baseline} says (SPEC §7). */
  public Report run(Path projectDir, String baselineOption) {
    return run(projectDir, ReplayStart.parse(baselineOption, projectDir), null).report();
  }

  /**
   * A verification and the fix script of its setup ⇄ migrations findings ({@code --fix-script}).
   *
   * @param script the script, a section per tier with differences
   * @param proofs per tier with fixes, whether its section applies to a copy of the database it
   *     fixes and leaves no difference but column order; also the report's notes
   */
  public record WithFixScript(Report report, String script, List<FixProof.Result> proofs) {}

  /**
   * Verifies as {@link #run(Path, String)} does, and writes and proves the fix script; {@code file}
   * is how failures name the script ({@code fix.sql:12}). The verdict does not change.
   */
  public WithFixScript runWithFixScript(Path projectDir, String baselineOption, String file) {
    return run(projectDir, ReplayStart.parse(baselineOption, projectDir), file);
  }

  private WithFixScript run(Path projectDir, ReplayStart replayStart, String fixScriptFile) {
    long start = System.nanoTime();
    Stopwatch stopwatch = new Stopwatch(progress);
    Optional<Path> answering =
        policy.cache() && !policy.trust() && fixScriptFile == null ? kept : Optional.empty();
    Optional<ProjectStamp> stamp =
        answering.map(k -> ProjectStamp.take(k, projectDir, policy.key() + "|" + replayStart));
    Optional<List<String>> covering = stamp.flatMap(ProjectStamp::covering);
    boolean likely = covering.isPresent();
    // the states an unchanged re-run answers from are read while the project is
    Optional<CachedAnswers> early = likely ? cachedAnswers(answering) : Optional.empty();
    early.ifPresent(a -> a.prefetch(covering.get()));
    // the server starts while the project is read, unless the cache likely answers without one
    CompletableFuture<PostgresServer> starting = likely ? null : starting(stopwatch);
    VerifyInputs inputs;
    EntityVerification entities;
    try {
      inputs = stopwatch.time("read project", () -> VerifyInputs.read(projectDir, replayStart));
      entities = EntityVerification.start(inputs, entityOptions, stopwatch);
    } catch (RuntimeException e) {
      if (starting != null) {
        starting.thenAccept(PostgresServer::close);
      }
      throw e;
    }
    boolean answerable = inputs.tiers().stream().noneMatch(t -> dataOf(inputs, t).enabled());
    try (entities) {
      Optional<CachedAnswers> answers =
          starting == null && answerable
              ? early.or(() -> cachedAnswers(answering))
              : Optional.empty();
      Optional<List<CachedAnswers.Tier>> answered =
          answers.flatMap(a -> stopwatch.time("cached states", () -> a.all(inputs.tiers())));
      if (answered.isPresent()) {
        return new WithFixScript(
            VerifyReport.answered(
                answers.get(), answered.get(), inputs, entities, projectDir, stopwatch, start),
            null,
            List.of());
      }
      // the cache's keys and entries are worked out while the server finishes starting
      Optional<CachePrefetch> prefetch =
          policy.cache() && !policy.trust()
              ? early
                  .or(() -> kept.flatMap(k -> CachedAnswers.open(k, policy.key())))
                  .map(a -> a.prefetchReplays(inputs.tiers()))
              : Optional.empty();
      List<ReplayCache> opened = new ArrayList<>(1);
      CompletableFuture<Void> marking = CompletableFuture.completedFuture(null);
      WithFixScript result;
      try (PostgresServer server = Runs.await(starting != null ? starting : starting(stopwatch))) {
        List<String> runNotes = new ArrayList<>();
        Checked checked =
            verify(server, inputs, stopwatch, entities, fixScriptFile, runNotes, prefetch, opened);
        if (answerable) {
          // once the run's snapshots are written (a trial's still is), while the server stops
          marking =
              CompletableFuture.runAsync(
                  () -> {
                    opened.forEach(ReplayCache::settle);
                    early
                        .or(() -> cachedAnswers(answering))
                        .flatMap(a -> a.covers(inputs.tiers()))
                        .ifPresent(states -> stamp.ifPresent(st -> st.markCovered(states)));
                  });
        }
        List<String> notes = VerifyReport.notes(inputs.notes(), entities.notes(), checked.fixes());
        notes.addAll(runNotes);
        Report report =
            VerifyReport.of(projectDir, server.info(), checked.checks(), notes, stopwatch, start);
        result =
            checked.fixes() == null
                ? new WithFixScript(report, null, List.of())
                : new WithFixScript(
                    report, checked.fixes().script().text(), checked.fixes().results());
      } finally {
        opened.forEach(ReplayCache::settle); // its writes went on while the server stopped
      }
      Runs.get(marking);
      return result;
    }
  }

  /** The answers kept in the kept cluster, if the run may answer from it and any were kept. */
  private Optional<CachedAnswers> cachedAnswers(Optional<Path> answering) {
    return answering.flatMap(k -> CachedAnswers.open(k, policy.key()));
  }

  private CompletableFuture<PostgresServer> starting(Stopwatch stopwatch) {
    return CompletableFuture.supplyAsync(() -> stopwatch.time("server start", servers::start));
  }

  /** The checks of a run, and its proven fix script if one was asked for. */
  private record Checked(List<CheckResult> checks, FixScripts.Proven fixes) {}

  private Checked verify(
      PostgresServer server,
      VerifyInputs inputs,
      Stopwatch stopwatch,
      EntityVerification entities,
      String fixScriptFile,
      List<String> runNotes,
      Optional<CachePrefetch> prefetch,
      List<ReplayCache> opened) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, 3 * inputs.tiers().size()));
    Optional<ReplayCache> cache = Optional.empty();
    RunLimits limits = policy.limits();
    try (ScratchDatabases databases =
            new ScratchDatabases(server, !policy.trust(), policy.extensions());
        DiskWatch disk = DiskWatch.start(databases, limits.diskBytes(), limits.diskLabel())) {
      databases.prepareRole();
      String template = stopwatch.time("template", () -> Runs.template(server, databases));
      cache =
          policy.cache()
              ? ReplayCache.open(server, databases, policy.key(), prefetch)
              : Optional.empty();
      cache.ifPresent(opened::add);
      DatabaseBuilder builder =
          new DatabaseBuilder(databases, template, stopwatch, limits.startingNow(disk))
              .caching(cache, fixScriptFile == null);
      List<Future<BuiltDatabase>> builds = new ArrayList<>();
      for (TierInputs tier : inputs.tiers()) {
        builds.add(
            pool.submit(
                () -> {
                  BuiltDatabase setup = builder.setup(tier);
                  entities.setupBuilt(tier, setup);
                  return setup;
                }));
        builds.add(pool.submit(() -> builder.replay(tier)));
      }
      List<Future<DataReplay.Outcome>> overRows = new ArrayList<>();
      DataReplay overData =
          new DataReplay(
              databases, template, stopwatch, limits.startingNow(disk), inputs.project().root());
      for (TierInputs tier : inputs.tiers()) {
        DataOptions options = dataOf(inputs, tier);
        overRows.add(options.enabled() ? pool.submit(() -> overData.run(tier, options)) : null);
      }
      List<Comparisons> comparing = new ArrayList<>();
      for (int i = 0; i < inputs.tiers().size(); i++) {
        BuiltDatabase setup = Runs.get(builds.get(2 * i));
        BuiltDatabase replay = Runs.get(builds.get(2 * i + 1));
        comparing.add(Comparisons.start(inputs.tiers().get(i), setup, replay, entities));
      }
      List<CheckResult> checks = new ArrayList<>();
      List<FixScripts.Built> built = new ArrayList<>();
      for (int i = 0; i < inputs.tiers().size(); i++) {
        TierInputs tier = inputs.tiers().get(i);
        Comparisons compared = comparing.get(i);
        built.add(
            new FixScripts.Built(
                tier, compared.setup(), compared.replay(), compared.tierResults()));
        checks.addAll(compared.all());
        if (overRows.get(i) != null) {
          DataReplay.Outcome outcome = Runs.get(overRows.get(i));
          checks.add(
              new DataFindings(dataOf(inputs, tier)).result(tier, outcome, compared.replay()));
          outcome.fill().notes().forEach(n -> runNotes.add(tier.name() + " data: " + n));
        }
      }
      checks.add(VerifyReport.hygiene(inputs));
      if (policy.cache()) {
        runNotes.add(
            cache.map(ReplayCache::note).orElse(ReplayCache.unused(server, !policy.trust())));
      }
      FixScripts.Proven fixes =
          fixScriptFile == null
              ? null
              : stopwatch.time(
                  "fix script proof",
                  () ->
                      FixScripts.prove(
                          built,
                          inputs.project().manifest().tiers(),
                          new FixProof(databases, limits.startingNow(disk)),
                          fixScriptFile));
      return new Checked(checks, fixes);
    } finally {
      pool.shutdownNow();
      cache.ifPresent(ReplayCache::evict);
    }
  }

  /** The replay over rows for a tier: the command line's options over the manifest's setting. */
  private DataOptions dataOf(VerifyInputs inputs, TierInputs tier) {
    return data.over(inputs.project().manifest().dataOf(tier.name()));
  }
}
