package dev.driftgate.app.build;

import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.catalog.CatalogObjects;
import dev.driftgate.catalog.CatalogReader;
import dev.driftgate.catalog.DdlLog;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Source;
import dev.driftgate.migrate.Ledger;
import dev.driftgate.migrate.Limits;
import dev.driftgate.migrate.MigrationRunner;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.migrate.OnBehalf;
import dev.driftgate.migrate.ScriptExecutor;
import dev.driftgate.migrate.SqlFailure;
import dev.driftgate.migrate.StatementJournal;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.Provenance;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.postgres.Sessions;
import dev.driftgate.sqlscript.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the two databases of a tier in scratch databases cloned from a template that logs DDL: one
 * from the canonical script, then probed with every migration (a fresh install's upgrade); one by
 * replaying baseline and migrations with the runner, probing each migration right after it was
 * applied (idempotency). Every script file, probe and read gets a session of its own, as {@code
 * psql -f} runs each file (SPEC §7).
 */
public final class DatabaseBuilder {
  private final ScratchDatabases databases;
  private final String template;
  private final Stopwatch stopwatch;
  private final Limits limits;
  private final ReplayCache cache;
  private final boolean trials;
  private final Map<String, BuiltSetup> setups = new ConcurrentHashMap<>();

  public DatabaseBuilder(
      ScratchDatabases databases, String template, Stopwatch stopwatch, Limits limits) {
    this(databases, template, stopwatch, limits, null, false);
  }

  private DatabaseBuilder(
      ScratchDatabases databases,
      String template,
      Stopwatch stopwatch,
      Limits limits,
      ReplayCache cache,
      boolean trials) {
    this.databases = databases;
    this.template = template;
    this.stopwatch = stopwatch;
    this.limits = limits;
    this.cache = cache;
    this.trials = trials;
  }

  ScratchDatabases databases() {
    return databases;
  }

  Stopwatch stopwatch() {
    return stopwatch;
  }

  Limits limits() {
    return limits;
  }

  /**
   * The same builder, going on from the states {@code cache} holds and keeping what it builds;
   * {@code trials}: a replay one migration from a kept state may be tried on it ({@link
   * TrialReplay}), when nothing after the build needs the replay's database itself (a fix script's
   * proof copies it); a trial waits for the tier's {@link #setup} by the same builder (its base is
   * kept against it), so a caller with trials builds every tier's setup too.
   */
  public DatabaseBuilder caching(Optional<ReplayCache> replayCache, boolean trials) {
    return new DatabaseBuilder(
        databases, template, stopwatch, limits, replayCache.orElse(null), trials);
  }

  public BuiltDatabase setup(TierInputs tier) throws SQLException {
    BuiltSetup built = builtSetup(tier.name());
    try {
      if (cache == null || tier.setup() == null) {
        built.key().complete(null);
        return built.done(buildSetup(tier, null));
      }
      String key = cache.keys().setup(tier);
      built.key().complete(key);
      Optional<CacheEntry> state = cache.state(key);
      return built.done(
          state.isPresent()
              ? new CachedSetup(this, cache, key, state.get()).build(tier)
              : buildSetup(tier, key));
    } catch (SQLException | RuntimeException e) {
      built.key().complete(null);
      built.catalog().complete(null);
      throw e;
    }
  }

  /**
   * A tier's setup as this run builds it, for a trial of its migrations: the setup's cache key
   * (null without one) as soon as it is known, then its catalog (null when the build failed). A
   * trial's base is kept as what differs from it ({@link SnapshotFiles#writeBase}).
   */
  record BuiltSetup(CompletableFuture<String> key, CompletableFuture<Catalog> catalog) {
    BuiltDatabase done(BuiltDatabase built) {
      catalog.complete(built.failed() ? null : built.catalog());
      return built;
    }
  }

  BuiltSetup builtSetup(String tier) {
    return setups.computeIfAbsent(
        tier, t -> new BuiltSetup(new CompletableFuture<>(), new CompletableFuture<>()));
  }

  /** Builds the canonical script's database; {@code key}: keep it as that cached state. */
  BuiltDatabase buildSetup(TierInputs tier, String key) throws SQLException {
    long start = System.nanoTime();
    String name =
        stopwatch.time(
            tier.name() + " setup clone",
            () -> databases.cloneOf(template, tier.name() + "_setup"));
    StatementJournal journal = new StatementJournal();
    ScriptExecutor executor = new ScriptExecutor(journal, OnBehalf.of(databases, name), limits);
    try (Sessions sessions = databases.sessions(name)) {
      Optional<SqlFailure> failure =
          stopwatch.time(
              tier.name() + " setup build", () -> run(sessions, executor, setupOf(tier)));
      if (failure.isPresent()) {
        Finding finding =
            failed(
                FindingKind.SETUP_FAILED,
                tier.name(),
                "setup_databases.sql",
                Source.SETUP,
                failure.get());
        return read(
            sessions,
            tier.name() + " setup",
            name,
            journal,
            new Result(finding, 0, List.of(), 0),
            start);
      }
      Snapshot snapshot = snapshot(sessions, tier.name() + " setup", journal);
      List<Statement> recorded = journal.since(0);
      Result probes =
          freshInstallProbes(
              sessions, executor, journal, tier, snapshot.catalog(), tier.migrations(), key);
      if (key != null) {
        cache.record(key, CacheEntry.of(recorded, null));
        cache.remember(key, snapshot);
        cache.keep(name, key);
      }
      return built(name, snapshot, probes, start);
    }
  }

  /**
   * Probes each migration (but run-once ones) on a fresh install of the canonical script; {@code
   * setupKey}: remember the probes that find nothing for that cached state.
   */
  Result freshInstallProbes(
      Sessions sessions,
      ScriptExecutor executor,
      StatementJournal journal,
      TierInputs tier,
      Catalog setup,
      List<MigrationScript> migrations,
      String setupKey)
      throws SQLException {
    long probeStart = System.nanoTime();
    MigrationProbes probes =
        new MigrationProbes(new MigrationRunner(executor, ToolVersion.get()), journal, tier.name());
    List<MigrationProbes.Probed> findings = new ArrayList<>();
    int probed = 0;
    for (MigrationScript migration : migrations) {
      if (!migration.once() && tier.setup() != null) {
        Optional<MigrationProbes.Probed> found = probes.onFreshInstall(sessions, migration, setup);
        found.ifPresent(findings::add);
        if (found.isEmpty() && setupKey != null) {
          cache.record(cache.keys().freshInstall(setupKey, migration), CacheEntry.CLEAN);
        }
        probed++;
      }
    }
    stopwatch.add(tier.name() + " fresh-install probes", probeStart);
    return new Result(null, 0, findings, probed);
  }

  public BuiltDatabase replay(TierInputs tier) throws SQLException {
    long start = System.nanoTime();
    ReplayCache.Resume resume = cache == null ? null : cache.resume(tier, trials);
    if (resume != null && resume.complete()) {
      return readState(tier, resume, start);
    }
    if (resume != null && trials && TrialReplay.applies(tier, resume)) {
      Optional<BuiltDatabase> tried = new TrialReplay(this, cache, resume).replay(tier, start);
      if (tried.isPresent()) {
        return tried.get();
      }
      resume = cache.resume(tier, false); // the state tried may be gone
    }
    String from =
        resume == null || resume.position() < 0
            ? template
            : ReplayCache.database(resume.chain().get(resume.position()));
    String name =
        stopwatch.time(
            tier.name() + " migrations clone",
            () -> databases.cloneOf(from, tier.name() + "_migrations"));
    StatementJournal journal = new StatementJournal();
    ScriptExecutor executor = new ScriptExecutor(journal, OnBehalf.of(databases, name), limits);
    try (Sessions sessions = databases.sessions(name)) {
      Result result =
          resume == null
              ? replay(sessions, tier, executor, journal)
              : new CachedReplay(this, cache, resume, name)
                  .replay(sessions, tier, executor, journal);
      stopwatch.add(tier.name() + " replay and idempotency probes", start);
      BuiltDatabase built =
          read(sessions, tier.name() + " migrations", name, journal, result, start);
      if (resume != null && result.failure() == null) {
        cache.remember(
            resume.chain().get(result.applied()),
            new Snapshot(built.catalog(), built.provenance()));
      }
      return built;
    }
  }

  /** A replay whose every state the cache holds: its last state, read as it is. */
  private BuiltDatabase readState(TierInputs tier, ReplayCache.Resume resume, long start)
      throws SQLException {
    String key = resume.chain().get(resume.position());
    String name = ReplayCache.database(key);
    int probed = (int) tier.migrations().stream().filter(m -> !m.once()).count();
    Result result = new Result(null, tier.migrations().size(), List.of(), probed);
    StatementJournal journal = new StatementJournal();
    journal.restore(resume.journal());
    Snapshot snapshot =
        cache.snapshotOf(key, sessions -> snapshot(sessions, tier.name() + " migrations", journal));
    return built(name, snapshot, result, start);
  }

  /** The canonical script's sessions; none for a project without one (its checks are skipped). */
  private static List<List<Statement>> setupOf(TierInputs tier) {
    return tier.setup() == null ? List.of() : tier.setup();
  }

  /** Runs a script's sessions one after the other, each in a fresh session, up to a failure. */
  private static Optional<SqlFailure> run(
      Sessions sessions, ScriptExecutor executor, List<List<Statement>> script)
      throws SQLException {
    for (List<Statement> session : script) {
      Optional<SqlFailure> failure = executor.runAutocommit(sessions.fresh(), session);
      if (failure.isPresent()) {
        return failure;
      }
    }
    return Optional.empty();
  }

  public Result replay(
      Sessions sessions, TierInputs tier, ScriptExecutor executor, StatementJournal journal)
      throws SQLException {
    Optional<Finding> failure = baseline(sessions, tier, executor);
    return failure.isPresent()
        ? new Result(failure.get(), 0, List.of(), 0)
        : migrations(sessions, tier, executor, journal, 0, Step.NONE, false);
  }

  /** Creates the ledger and runs the tier's baseline; the failure, if it fails. */
  Optional<Finding> baseline(Sessions sessions, TierInputs tier, ScriptExecutor executor)
      throws SQLException {
    return start(sessions, tier, executor)
        .map(
            failure ->
                failed(
                    FindingKind.MIGRATION_FAILED,
                    tier.name(),
                    "baseline",
                    Source.MIGRATIONS,
                    failure));
  }

  /**
   * Where every replay of a tier starts: the ledger, then the tier's baseline (if it has one), each
   * of its sessions in a fresh one; the statement that failed, if one did.
   */
  public static Optional<SqlFailure> start(
      Sessions sessions, TierInputs tier, ScriptExecutor executor) throws SQLException {
    Ledger.ensure(sessions.fresh());
    return tier.baseline() == null
        ? Optional.empty()
        : run(sessions, executor, tier.baseline().sessions());
  }

  /** What happens after each migration that applied, with its probe's finding (if probed). */
  @FunctionalInterface
  interface Step {
    Step NONE = (index, migration, probe) -> {};

    void after(int index, MigrationScript migration, Optional<MigrationProbes.Probed> probe)
        throws SQLException;
  }

  /**
   * Applies the tier's migrations from the {@code from}-th on (those before are applied already),
   * probing each right after it, up to a failure; {@code trial}: in the transaction of {@code
   * sessions}, never committed ({@link MigrationRunner#trial}).
   */
  Result migrations(
      Sessions sessions,
      TierInputs tier,
      ScriptExecutor executor,
      StatementJournal journal,
      int from,
      Step afterEach,
      boolean trial)
      throws SQLException {
    MigrationRunner plain = new MigrationRunner(executor, ToolVersion.get());
    MigrationRunner runner = trial ? plain.trial() : plain;
    MigrationProbes probes = new MigrationProbes(runner, journal, tier.name());
    List<MigrationProbes.Probed> findings = new ArrayList<>();
    int applied = from;
    int probed = (int) tier.migrations().subList(0, from).stream().filter(m -> !m.once()).count();
    for (MigrationScript migration : tier.migrations().subList(from, tier.migrations().size())) {
      String step =
          tier.name()
              + " migration "
              + (applied + 1)
              + "/"
              + tier.migrations().size()
              + " "
              + migration.name();
      MigrationRunner.Outcome outcome =
          stopwatch.time(step, () -> runner.apply(sessions.fresh(), migration));
      if (!outcome.succeeded()) {
        Finding failure =
            failed(
                FindingKind.MIGRATION_FAILED,
                tier.name(),
                migration.name(),
                Source.MIGRATIONS,
                outcome.failure().get());
        return new Result(failure, applied, findings, probed);
      }
      applied++;
      Optional<MigrationProbes.Probed> probe = Optional.empty();
      if (!migration.once()) {
        probe = probes.secondApplication(sessions, migration);
        probe.ifPresent(findings::add);
        probed++;
      }
      afterEach.after(applied, migration, probe);
    }
    return new Result(null, applied, findings, probed);
  }

  /** What a build found besides the catalog. */
  record Result(Finding failure, int applied, List<MigrationProbes.Probed> probes, int probed) {}

  /**
   * {@code DRIFTGATE_CHECK_READS=1} (the test suite sets it): every catalog read of only what
   * changed is checked against a whole read of the same database, and a difference fails the run.
   */
  private static final boolean CHECK_READS = "1".equals(System.getenv("DRIFTGATE_CHECK_READS"));

  /** A database's catalog and where its objects came from. */
  record Snapshot(Catalog catalog, Provenance provenance) {}

  BuiltDatabase read(
      Sessions sessions,
      String what,
      String name,
      StatementJournal journal,
      Result result,
      long start)
      throws SQLException {
    return built(name, snapshot(sessions, what, journal), result, start);
  }

  Snapshot snapshot(Sessions sessions, String what, StatementJournal journal) throws SQLException {
    return snapshot(sessions, what, journal, null);
  }

  /**
   * What a catalog read of a database after a change starts from: the objects read before it, and
   * the catalog then (either may still be loading; null when it cannot be had).
   */
  record Base(
      java.util.function.Supplier<CatalogObjects> objects,
      java.util.function.Supplier<Catalog> catalog) {}

  /**
   * The catalog and blame of the database {@code sessions} reach; with a {@code base} read from the
   * same database before a change, only what the change touched is read again.
   */
  Snapshot snapshot(Sessions sessions, String what, StatementJournal journal, Base base)
      throws SQLException {
    Connection c = sessions.fresh();
    long readStart = System.nanoTime();
    Catalog catalog =
        base == null
            ? null
            : CatalogReader.readChanged(c, base.objects(), base.catalog()).orElse(null);
    if (catalog == null) {
      catalog = CatalogReader.read(c);
    } else {
      if (CHECK_READS && !catalog.equals(CatalogReader.read(c))) {
        throw new IllegalStateException(
            what + ": the catalog read of what changed differs from a whole read");
      }
      cache.readChanged();
    }
    stopwatch.add(what + " catalog read", readStart);
    long blameStart = System.nanoTime();
    Provenance provenance = Blame.of(DdlLog.read(c), journal, catalog);
    stopwatch.add(what + " blame", blameStart);
    return new Snapshot(catalog, provenance);
  }

  static BuiltDatabase built(String name, Snapshot s, Result r, long start) {
    return new BuiltDatabase(
        name,
        s.catalog(),
        s.provenance(),
        r.failure(),
        r.applied(),
        r.probes(),
        r.probed(),
        (System.nanoTime() - start) / 1_000_000);
  }

  private Finding failed(
      FindingKind failedKind, String tier, String object, Source source, SqlFailure f) {
    FindingKind kind =
        ScriptExecutor.CANCELED.equals(f.sqlState()) ? FindingKind.MIGRATION_TIMEOUT : failedKind;
    String message =
        (failedKind == FindingKind.SETUP_FAILED ? "setup_databases.sql" : "migration " + object)
            + " fails: "
            + f.message()
            + " (SQLSTATE "
            + f.sqlState()
            + ")"
            + privilegeHint(f);
    return Finding.single(
        kind,
        tier,
        object,
        source,
        f.location().toString(),
        message,
        Fix.none("fix the statement at " + f.location() + "; later statements were not run"));
  }

  /**
   * Why a statement that needs rights the build role lacks failed, and the way out. SQLSTATE 42501
   * is insufficient_privilege: COPY ... PROGRAM, server files, untrusted extensions and languages,
   * ALTER SYSTEM, CREATE ROLE.
   */
  private String privilegeHint(SqlFailure f) {
    if (!databases.leastPrivilege() || !"42501".equals(f.sqlState())) {
      return "";
    }
    return "; driftgate runs a project's scripts as a role without superuser rights, so that SQL"
        + " from a pull request cannot reach the machine; a project that needs superuser rights"
        + " can be verified with --trust-scripts (unsafe for pull requests from forks)";
  }
}
