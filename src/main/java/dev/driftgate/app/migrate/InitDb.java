package dev.driftgate.app.migrate;

import dev.driftgate.app.build.ProjectLoader;
import dev.driftgate.app.build.ToolVersion;
import dev.driftgate.config.DatabaseNames;
import dev.driftgate.config.Manifest;
import dev.driftgate.config.Secret;
import dev.driftgate.config.Settings;
import dev.driftgate.config.Settings.Endpoint;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.migrate.DatabaseInitializer;
import dev.driftgate.migrate.RunOptions;
import dev.driftgate.migrate.TenantDatabases;
import dev.driftgate.migrate.TenantRegistry.Tenant;
import dev.driftgate.postgres.DatabaseAdmin;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * {@code init-db [--tenant SLUG]}: creates the database if it is missing, applies its tier's part
 * of {@code setup_databases.sql} and seed script, and records every migration of the tier as
 * applied — in one transaction. With a tenant (multi-tenant mode) it then lists the tenant as
 * active in the master's tenants table.
 */
public final class InitDb {
  private final Settings settings;

  public InitDb(Settings settings) {
    this.settings = settings;
  }

  public InitReport run(Path dir, String tenant, Duration lockTimeout) {
    RunnerContext ctx = RunnerContext.open(ProjectLoader.loadWithSetup(dir), settings, tenant);
    Target target = target(ctx, tenant);
    if (tenant != null) {
      checkRegistry(ctx, tenant, target); // before anything is created: the master must be ready
    }
    InitScripts scripts = InitScripts.read(ctx, target.tier());
    boolean created = create(ctx, target);
    Secret generated =
        scripts.seeded() && !settings.appAdmin().password().isSet()
            ? AdminPassword.generate()
            : Secret.none();
    Secret password = generated.isSet() ? generated : settings.appAdmin().password();
    DatabaseInitializer.Outcome outcome =
        initialise(
            ctx,
            target,
            scripts.variables(settings.appAdmin().email(), password, tenant),
            scripts,
            lockTimeout);
    InitReport.Result result = InitReport.Result.valueOf(outcome.result().name());
    boolean registered =
        tenant != null && result != InitReport.Result.FAILED && register(ctx, tenant, target);
    boolean fresh = result == InitReport.Result.INITIALISED && scripts.seeded();
    return new InitReport(
        target.tier(),
        target.label(),
        target.database(),
        result,
        created,
        registered,
        fresh ? settings.appAdmin().email() : null,
        fresh ? generated : Secret.none(),
        outcome.failure());
  }

  private static DatabaseInitializer.Outcome initialise(
      RunnerContext ctx,
      Target target,
      java.util.Map<String, String> variables,
      InitScripts scripts,
      Duration lockTimeout) {
    try (Connection c = ctx.open(target)) {
      return new DatabaseInitializer(ToolVersion.get())
          .initialise(
              c,
              target.database(),
              scripts.statements(),
              variables,
              scripts.migrations(),
              new RunOptions(lockTimeout, Duration.ZERO, false));
    } catch (SQLException e) {
      throw DriftgateException.infrastructure(target.database() + ": " + e.getMessage(), e);
    }
  }

  private Target target(RunnerContext ctx, String tenant) {
    Manifest manifest = ctx.project.manifest();
    if (!settings.multiTenant()) {
      String tier = singleTier(manifest);
      return new Target(tier, settings.database().name(), settings.database(), "DB_*", false);
    }
    if (tenant == null) {
      String tier = manifest.requireTenancy().masterTier();
      return new Target(tier, settings.master().name(), settings.master(), "MASTER_DB_*", false);
    }
    DatabaseNames.checkSlug("--tenant", tenant);
    String database =
        DatabaseNames.check("--tenant " + tenant, manifest.tenancy().databasePrefix() + tenant);
    TenantDatabases.checkNew(manifest.tenancy(), settings.master().name(), tenant, database);
    return ctx.targets.tenantTarget(new Tenant(tenant, database, true));
  }

  private static String singleTier(Manifest manifest) {
    if (manifest.tenancy() != null) {
      return manifest.tenancy().tenantTier();
    }
    if (manifest.tiers().size() == 1) {
      return manifest.tiers().keySet().iterator().next();
    }
    throw DriftgateException.badInput(
        "init-db: the manifest has several tiers and no tenancy; single-tenant mode initialises"
            + " the tenant tier (name the tiers master and tenant, or add a 'tenancy:' section)");
  }

  private boolean create(RunnerContext ctx, Target target) {
    Endpoint maintenance = target.endpoint().withDatabase("postgres").as(settings.pgAdmin());
    try (Connection c = ctx.connector.open(maintenance, "PG_ADMIN_* (or DB_*)")) {
      if (target.tenant()) {
        TenantDatabases.onServer(c, target.database())
            .ifPresent(
                reason -> {
                  throw DriftgateException.badInput("--tenant " + target.label() + ": " + reason);
                });
      }
      return DatabaseAdmin.createIfMissing(c, target.database());
    } catch (SQLException e) {
      throw DriftgateException.infrastructure(maintenance + ": " + e.getMessage(), e);
    }
  }

  /** The master's tenants table must exist, and a known tenant keep its database. */
  private void checkRegistry(RunnerContext ctx, String slug, Target target) {
    try (Connection master = ctx.connector.open(settings.master(), "MASTER_DB_*")) {
      Tenant existing = ctx.targets.registry().find(master, slug).orElse(null);
      if (existing != null && !existing.database().equals(target.database())) {
        throw DriftgateException.badInput(
            "--tenant "
                + slug
                + ": already registered with database "
                + existing.database()
                + ", not "
                + target.database());
      }
    } catch (SQLException e) {
      throw DriftgateException.infrastructure(settings.master() + ": " + e.getMessage(), e);
    }
  }

  private boolean register(RunnerContext ctx, String slug, Target target) {
    try (Connection master = ctx.connector.open(settings.master(), "MASTER_DB_*")) {
      ctx.targets.registry().register(master, slug, target.database());
      return true;
    } catch (SQLException e) {
      throw DriftgateException.infrastructure(settings.master() + ": " + e.getMessage(), e);
    }
  }
}
