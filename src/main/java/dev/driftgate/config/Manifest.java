package dev.driftgate.config;

import java.util.List;
import java.util.Map;

/**
 * {@code migrations/manifest.yaml}: the tiers in declaration order and the migrations in apply
 * order.
 *
 * @param explicitTiers false when the manifest has no {@code tiers:} section: one tier named {@code
 *     default}
 * @param seeds per tier, the script {@code init-db} runs after the schema (manifest {@code seed:})
 * @param data per tier, the replay over rows the manifest sets ({@code data:})
 * @param tenancy how tenants are found in multi-tenant mode, or null for a project without tenants
 */
public record Manifest(
    Map<String, Tier> tiers,
    List<Migration> migrations,
    boolean explicitTiers,
    Map<String, java.nio.file.Path> seeds,
    Tenancy tenancy,
    Map<String, DataSetting> data) {
  public static final String DEFAULT_TIER = "default";

  public Manifest {
    tiers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tiers));
    migrations = List.copyOf(migrations);
    seeds = Map.copyOf(seeds);
    data = Map.copyOf(data);
  }

  /** A manifest that sets no replay over rows. */
  public Manifest(
      Map<String, Tier> tiers,
      List<Migration> migrations,
      boolean explicitTiers,
      Map<String, java.nio.file.Path> seeds,
      Tenancy tenancy) {
    this(tiers, migrations, explicitTiers, seeds, tenancy, Map.of());
  }

  /** The replay over rows the manifest sets for a tier ({@code data:}), or none. */
  public DataSetting dataOf(String tier) {
    return data.getOrDefault(tier, DataSetting.NONE);
  }

  /** How tenants are found; a bad-input error for a project that has none. */
  public Tenancy requireTenancy() {
    if (tenancy == null) {
      throw dev.driftgate.error.DriftgateException.badInput(
          Project.MANIFEST
              + ": multi-tenant mode needs tiers named master and tenant, or a 'tenancy:' section"
              + " (see README: manifest)");
    }
    return tenancy;
  }

  /** The migrations of one tier, in apply order. */
  public List<Migration> migrationsOf(String tier) {
    return migrations.stream().filter(m -> m.target().equals(tier)).toList();
  }
}
