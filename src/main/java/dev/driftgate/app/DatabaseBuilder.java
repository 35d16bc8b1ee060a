package dev.driftgate.app;

import dev.driftgate.app.VerifyInputs.TierInputs;
import dev.driftgate.catalog.CatalogReader;
import dev.driftgate.catalog.DdlLog;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Source;
import dev.driftgate.migrate.Ledger;
import dev.driftgate.migrate.MigrationRunner;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.migrate.ScriptExecutor;
import dev.driftgate.migrate.SqlFailure;
import dev.driftgate.migrate.StatementJournal;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.Provenance;
import dev.driftgate.postgres.PostgresServer;
import dev.driftgate.postgres.ScratchDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Builds the two databases of a tier in scratch databases cloned from a template that logs DDL: one
 * from the canonical script, one by replaying baseline and migrations with the runner.
 */
final class DatabaseBuilder {
  private final PostgresServer server;
  private final ScratchDatabases databases;
  private final String template;
  private final Stopwatch stopwatch;

  DatabaseBuilder(
      PostgresServer server, ScratchDatabases databases, String template, Stopwatch stopwatch) {
    this.server = server;
    this.databases = databases;
    this.template = template;
    this.stopwatch = stopwatch;
  }

  BuiltDatabase setup(TierInputs tier) throws SQLException {
    long start = System.nanoTime();
    String name =
        stopwatch.time(
            tier.name() + " clone", () -> databases.cloneOf(template, tier.name() + "_setup"));
    StatementJournal journal = new StatementJournal();
    try (Connection c = server.connect(name)) {
      Optional<SqlFailure> failure =
          stopwatch.time(
              tier.name() + " setup build",
              () -> new ScriptExecutor(journal).runAutocommit(c, tier.setup()));
      Finding finding =
          failure
              .map(
                  f ->
                      failed(
                          FindingKind.SETUP_FAILED,
                          tier.name(),
                          "setup_databases.sql",
                          Source.SETUP,
                          f))
              .orElse(null);
      return read(c, tier.name() + " setup", name, journal, finding, 0, start);
    }
  }

  BuiltDatabase replay(TierInputs tier) throws SQLException {
    long start = System.nanoTime();
    String name =
        stopwatch.time(
            tier.name() + " clone", () -> databases.cloneOf(template, tier.name() + "_migrations"));
    StatementJournal journal = new StatementJournal();
    ScriptExecutor executor = new ScriptExecutor(journal);
    try (Connection c = server.connect(name)) {
      Ledger.ensure(c);
      if (tier.baseline() != null) {
        Optional<SqlFailure> failure = executor.runAutocommit(c, tier.baseline().statements());
        if (failure.isPresent()) {
          return read(
              c,
              tier.name() + " migrations",
              name,
              journal,
              failed(
                  FindingKind.MIGRATION_FAILED,
                  tier.name(),
                  "baseline",
                  Source.MIGRATIONS,
                  failure.get()),
              0,
              start);
        }
      }
      MigrationRunner runner = new MigrationRunner(executor, ToolVersion.get());
      int applied = 0;
      for (MigrationScript migration : tier.migrations()) {
        String step =
            tier.name()
                + " migration "
                + (applied + 1)
                + "/"
                + tier.migrations().size()
                + " "
                + migration.name();
        MigrationRunner.Outcome outcome = stopwatch.time(step, () -> runner.apply(c, migration));
        if (!outcome.succeeded()) {
          return read(
              c,
              tier.name() + " migrations",
              name,
              journal,
              failed(
                  FindingKind.MIGRATION_FAILED,
                  tier.name(),
                  migration.name(),
                  Source.MIGRATIONS,
                  outcome.failure().get()),
              applied,
              start);
        }
        applied++;
      }
      stopwatch.add(tier.name() + " replay", start);
      return read(c, tier.name() + " migrations", name, journal, null, applied, start);
    }
  }

  private BuiltDatabase read(
      Connection c,
      String what,
      String name,
      StatementJournal journal,
      Finding failure,
      int applied,
      long start)
      throws SQLException {
    long readStart = System.nanoTime();
    CatalogReader.refreshStatistics(c);
    Catalog catalog = CatalogReader.read(c);
    stopwatch.add(what + " catalog read", readStart);
    long blameStart = System.nanoTime();
    Provenance provenance = Blame.of(DdlLog.read(c), journal, catalog);
    stopwatch.add(what + " blame", blameStart);
    return new BuiltDatabase(
        name, catalog, provenance, failure, applied, (System.nanoTime() - start) / 1_000_000);
  }

  private static Finding failed(
      FindingKind kind, String tier, String object, Source source, SqlFailure f) {
    String message =
        (kind == FindingKind.SETUP_FAILED ? "setup_databases.sql" : "migration " + object)
            + " fails: "
            + f.message()
            + " (SQLSTATE "
            + f.sqlState()
            + ")";
    return Finding.single(
        kind,
        tier,
        object,
        source,
        f.location().toString(),
        message,
        Fix.none("fix the statement at " + f.location() + "; later statements were not run"));
  }
}
