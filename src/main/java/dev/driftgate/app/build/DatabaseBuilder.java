package dev.driftgate.app.build;

import dev.driftgate.app.build.VerifyInputs.TierInputs;
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
import java.util.Optional;

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

  public DatabaseBuilder(
      ScratchDatabases databases, String template, Stopwatch stopwatch, Limits limits) {
    this.databases = databases;
    this.template = template;
    this.stopwatch = stopwatch;
    this.limits = limits;
  }

  public BuiltDatabase setup(TierInputs tier) throws SQLException {
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
      long probeStart = System.nanoTime();
      MigrationProbes probes =
          new MigrationProbes(
              new MigrationRunner(executor, ToolVersion.get()), journal, tier.name());
      List<MigrationProbes.Probed> findings = new ArrayList<>();
      int probed = 0;
      for (MigrationScript migration : tier.migrations()) {
        if (!migration.once() && tier.setup() != null) {
          probes.onFreshInstall(sessions, migration, snapshot.catalog()).ifPresent(findings::add);
          probed++;
        }
      }
      stopwatch.add(tier.name() + " fresh-install probes", probeStart);
      return built(name, snapshot, new Result(null, 0, findings, probed), start);
    }
  }

  public BuiltDatabase replay(TierInputs tier) throws SQLException {
    long start = System.nanoTime();
    String name =
        stopwatch.time(
            tier.name() + " migrations clone",
            () -> databases.cloneOf(template, tier.name() + "_migrations"));
    StatementJournal journal = new StatementJournal();
    ScriptExecutor executor = new ScriptExecutor(journal, OnBehalf.of(databases, name), limits);
    try (Sessions sessions = databases.sessions(name)) {
      Result result = replay(sessions, tier, executor, journal);
      stopwatch.add(tier.name() + " replay and idempotency probes", start);
      return read(sessions, tier.name() + " migrations", name, journal, result, start);
    }
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
    Ledger.ensure(sessions.fresh());
    if (tier.baseline() != null) {
      Optional<SqlFailure> failure = run(sessions, executor, tier.baseline().sessions());
      if (failure.isPresent()) {
        return new Result(
            failed(
                FindingKind.MIGRATION_FAILED,
                tier.name(),
                "baseline",
                Source.MIGRATIONS,
                failure.get()),
            0,
            List.of(),
            0);
      }
    }
    MigrationRunner runner = new MigrationRunner(executor, ToolVersion.get());
    MigrationProbes probes = new MigrationProbes(runner, journal, tier.name());
    List<MigrationProbes.Probed> findings = new ArrayList<>();
    int applied = 0;
    int probed = 0;
    for (MigrationScript migration : tier.migrations()) {
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
      if (!migration.once()) {
        probes.secondApplication(sessions, migration).ifPresent(findings::add);
        probed++;
      }
    }
    return new Result(null, applied, findings, probed);
  }

  /** What a build found besides the catalog. */
  private record Result(
      Finding failure, int applied, List<MigrationProbes.Probed> probes, int probed) {}

  /** A database's catalog and where its objects came from. */
  private record Snapshot(Catalog catalog, Provenance provenance) {}

  private BuiltDatabase read(
      Sessions sessions,
      String what,
      String name,
      StatementJournal journal,
      Result result,
      long start)
      throws SQLException {
    return built(name, snapshot(sessions, what, journal), result, start);
  }

  private Snapshot snapshot(Sessions sessions, String what, StatementJournal journal)
      throws SQLException {
    Connection c = sessions.fresh();
    long readStart = System.nanoTime();
    Catalog catalog = CatalogReader.read(c);
    stopwatch.add(what + " catalog read", readStart);
    long blameStart = System.nanoTime();
    Provenance provenance = Blame.of(DdlLog.read(c), journal, catalog);
    stopwatch.add(what + " blame", blameStart);
    return new Snapshot(catalog, provenance);
  }

  private static BuiltDatabase built(String name, Snapshot s, Result r, long start) {
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
