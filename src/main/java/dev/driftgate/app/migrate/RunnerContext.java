package dev.driftgate.app.migrate;

import dev.driftgate.app.build.ProjectLoader;
import dev.driftgate.config.DatabaseNames;
import dev.driftgate.config.Manifest;
import dev.driftgate.config.Migration;
import dev.driftgate.config.Printable;
import dev.driftgate.config.Project;
import dev.driftgate.config.Settings;
import dev.driftgate.config.Tenancy;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.migrate.FanOut;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.migrate.TenantDatabases;
import dev.driftgate.postgres.Connector;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every runner command starts from: the project with its migrations read and lexed (so bad
 * input fails before any database is touched), the settings, and how to reach the databases.
 */
final class RunnerContext {
  final Project project;
  final Settings settings;
  final Connector connector;
  final Targets targets;

  private RunnerContext(Project project, Settings settings) {
    this.project = project;
    this.settings = settings;
    this.connector = new Connector(settings.tls(), settings.pool().timeout());
    this.targets = new Targets(project.manifest(), settings, connector);
  }

  static RunnerContext open(Path dir, Settings settings, String tenant) {
    return open(ProjectLoader.load(dir), settings, tenant);
  }

  static RunnerContext open(Project project, Settings settings, String tenant) {
    if (tenant != null) {
      DatabaseNames.checkSlug("--tenant", tenant);
    }
    if (tenant != null && !settings.multiTenant()) {
      throw DriftgateException.badInput(
          "--tenant "
              + Printable.of(tenant)
              + ": tenants exist only in multi-tenant mode; set MULTI_TENANT=true");
    }
    return new RunnerContext(project, settings);
  }

  /** The migrations of each tier, read and lexed; only {@code name} if it is given. */
  Map<String, List<MigrationScript>> scripts(String name) {
    Manifest manifest = project.manifest();
    if (name != null && manifest.migrations().stream().noneMatch(m -> m.name().equals(name))) {
      throw DriftgateException.badInput(
          "unknown migration "
              + Printable.of(name)
              + ": "
              + Project.MANIFEST
              + " does not list it; see 'driftgate migrate --list'");
    }
    Map<String, List<MigrationScript>> scripts = new LinkedHashMap<>();
    for (String tier : manifest.tiers().keySet()) {
      if (name == null && !hasDatabases(tier)) {
        scripts.put(tier, List.of());
        continue;
      }
      List<Migration> listed =
          manifest.migrationsOf(tier).stream()
              .filter(m -> name == null || m.name().equals(name))
              .toList();
      scripts.put(tier, listed.stream().map(m -> MigrationScript.load(project, m)).toList());
    }
    return scripts;
  }

  /**
   * Whether a tier has databases in this mode: in single-tenant mode a project with tenancy has no
   * master database (SPEC §3), so only a migration named explicitly goes to {@code DB_NAME}.
   */
  private boolean hasDatabases(String tier) {
    Tenancy tenancy = project.manifest().tenancy();
    return settings.multiTenant() || tenancy == null || !tenancy.masterTier().equals(tier);
  }

  /**
   * Connects to a target. A master or single database that cannot be reached stops the command
   * (exit 2 or 3); for a tenant database the caller turns the exception into that tenant's row.
   */
  Connection open(Target t) {
    return connector.open(t.endpoint(), t.settings());
  }

  /**
   * Why a tenant's database must not be touched: its row points at a database that cannot be a
   * tenant's, by name or (on the server behind {@code c}) because it is a template; empty for every
   * other target.
   */
  static Optional<String> refusal(Target t, Connection c) throws SQLException {
    if (t.refusal() != null) {
      return Optional.of(t.refusal());
    }
    return t.tenant() ? TenantDatabases.onServer(c, t.database()) : Optional.empty();
  }

  /** Whether a failure to reach {@code t} is only {@code t}'s failure. */
  static void rethrowUnlessTenant(Target t, DriftgateException e) {
    if (!t.tenant()) {
      throw e;
    }
  }

  /**
   * Runs {@code task} on each target with the run's parallelism, within the connection budget: a
   * database being migrated holds two connections (the lock's and its migrations' sessions).
   */
  List<DatabaseReport> fanOut(
      List<Target> list,
      Function<Target, DatabaseReport> task,
      MigrateOptions o,
      Migrate.Progress progress) {
    int parallel = Math.max(1, Math.min(o.parallel(), settings.pool().maxConnections() / 2));
    return new FanOut(parallel, o.failFast())
        .run(
            list,
            task,
            DatabaseReport::failed,
            t -> DatabaseReport.skipped(t, "not started: --fail-fast after a failure"),
            progress::finished);
  }
}
