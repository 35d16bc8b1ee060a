package dev.driftgate.config;

import java.util.List;
import java.util.Map;

/**
 * {@code migrations/manifest.yaml}: the tiers in declaration order and the migrations in apply
 * order.
 *
 * @param explicitTiers false when the manifest has no {@code tiers:} section: one tier named {@code
 *     default}
 */
public record Manifest(Map<String, Tier> tiers, List<Migration> migrations, boolean explicitTiers) {
  public static final String DEFAULT_TIER = "default";

  public Manifest {
    tiers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tiers));
    migrations = List.copyOf(migrations);
  }

  /** The migrations of one tier, in apply order. */
  public List<Migration> migrationsOf(String tier) {
    return migrations.stream().filter(m -> m.target().equals(tier)).toList();
  }
}
