package dev.driftgate.app.migrate;

import dev.driftgate.config.DatabaseNames;
import dev.driftgate.config.Manifest;
import dev.driftgate.config.Settings;
import dev.driftgate.config.Tenancy;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.migrate.TenantRegistry;
import dev.driftgate.migrate.TenantRegistry.Tenant;
import dev.driftgate.postgres.Connector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Which databases a tier's migrations go to (SPEC §6). Single-tenant mode: every tier to {@code
 * DB_NAME}. Multi-tenant mode: the master tier to {@code MASTER_DB_NAME}, the tenant tier to every
 * active tenant of the master's tenants table (or the one {@code --tenant} names), any other tier
 * to its manifest database on the {@code DB_*} server.
 */
final class Targets {
  private final Manifest manifest;
  private final Settings settings;
  private final Connector connector;

  Targets(Manifest manifest, Settings settings, Connector connector) {
    this.manifest = manifest;
    this.settings = settings;
    this.connector = connector;
    if (settings.multiTenant()) {
      manifest.requireTenancy();
    }
  }

  /** The tiers in the order a run visits them: the master tier first. */
  List<String> tierOrder() {
    Tenancy t = manifest.tenancy();
    return manifest.tiers().keySet().stream()
        .sorted((a, b) -> Boolean.compare(!isMaster(a, t), !isMaster(b, t)))
        .toList();
  }

  /** The databases of {@code tier}; with a slug, only that tenant's (other tiers: none). */
  List<Target> of(String tier, String slug) {
    if (!settings.multiTenant()) {
      return slug != null
          ? List.of()
          : List.of(
              new Target(tier, settings.database().name(), settings.database(), "DB_*", false));
    }
    Tenancy t = manifest.tenancy();
    if (tier.equals(t.tenantTier())) {
      return tenants(slug).stream().map(this::tenantTarget).toList();
    }
    if (slug != null) {
      return List.of();
    }
    if (tier.equals(t.masterTier())) {
      return List.of(
          new Target(tier, settings.master().name(), settings.master(), "MASTER_DB_*", false));
    }
    String database = manifest.tiers().get(tier).database();
    return List.of(
        new Target(tier, database, settings.database().withDatabase(database), "DB_*", false));
  }

  Target tenantTarget(Tenant tenant) {
    return new Target(
        manifest.tenancy().tenantTier(),
        tenant.slug(),
        settings.database().withDatabase(tenant.database()).as(settings.pgAdmin()),
        "PG_ADMIN_* (or DB_*)",
        true,
        tenant.refusal());
  }

  /** The active tenants, or the one named by {@code slug}, which must be active. */
  List<Tenant> tenants(String slug) {
    TenantRegistry registry = registry();
    try (Connection master = connector.open(settings.master(), "MASTER_DB_*")) {
      if (slug == null) {
        return registry.active(master);
      }
      DatabaseNames.checkSlug("--tenant", slug);
      Tenant tenant =
          registry
              .find(master, slug)
              .orElseThrow(
                  () ->
                      DriftgateException.badInput(
                          "--tenant "
                              + slug
                              + ": no such tenant in "
                              + where()
                              + "; create it with 'driftgate init-db --tenant "
                              + slug
                              + "'"));
      if (!tenant.active()) {
        throw DriftgateException.badInput(
            "--tenant " + slug + ": the tenant is not active in " + where());
      }
      return List.of(tenant);
    } catch (SQLException e) {
      throw DriftgateException.infrastructure(settings.master() + ": " + e.getMessage(), e);
    }
  }

  TenantRegistry registry() {
    return new TenantRegistry(manifest.tenancy(), settings.master().name());
  }

  private String where() {
    return settings.master().name() + " " + manifest.tenancy().table();
  }

  private static boolean isMaster(String tier, Tenancy t) {
    return t != null && t.masterTier().equals(tier);
  }
}
