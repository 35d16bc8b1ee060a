package dev.driftgate.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The runner's optional manifest sections: {@code seed:} (a script per tier that {@code init-db}
 * runs after the schema) and {@code tenancy:} (where the master database lists its tenants). Both
 * are optional, so every manifest of SPEC §4 stays valid.
 */
final class ManifestExtensions {
  private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final Pattern TABLE =
      Pattern.compile("([a-z_][a-z0-9_]{0,62}\\.)?[a-z_][a-z0-9_]{0,62}");
  private static final Pattern PREFIX = Pattern.compile("[a-z0-9_]{0,12}");

  private final Path root;
  private final Map<String, Tier> tiers;

  ManifestExtensions(Path root, Map<String, Tier> tiers) {
    this.root = root;
    this.tiers = tiers;
  }

  Map<String, Path> seeds(YamlDocument.Node node) {
    Map<String, Path> seeds = new LinkedHashMap<>();
    for (Map.Entry<String, YamlDocument.Node> e : node.entries().entrySet()) {
      YamlDocument.Node value = e.getValue();
      value.check(
          tiers.containsKey(e.getKey()),
          "seed for unknown tier '" + e.getKey() + "' (tiers: " + tiers.keySet() + ")");
      Path file = ProjectPaths.inside(root, value.text(), value);
      value.check(Files.isRegularFile(file), "seed script " + value.text() + " does not exist");
      seeds.put(e.getKey(), file);
    }
    return seeds;
  }

  /** Milestone's convention when the tiers are named master and tenant; otherwise no tenancy. */
  Tenancy conventional() {
    Tier tenant = tiers.get("tenant");
    if (tenant == null || !tiers.containsKey("master")) {
      return null;
    }
    return Tenancy.conventional(tenant.database());
  }

  Tenancy tenancy(YamlDocument.Node node) {
    node.requireKeys(
        Set.of(
            "tenant_tier",
            "master_tier",
            "table",
            "columns",
            "database_prefix",
            "database_pattern"));
    Tenancy d = Tenancy.conventional(tierDatabase(node, text(node, "tenant_tier", "tenant")));
    String tenantTier = tier(node, "tenant_tier", d.tenantTier());
    String masterTier = tier(node, "master_tier", d.masterTier());
    node.check(!tenantTier.equals(masterTier), "tenant_tier and master_tier must differ");
    YamlDocument.Node columns = node.has("columns") ? node.get("columns") : null;
    if (columns != null) {
      columns.requireKeys(Set.of("slug", "database", "active", "name"));
    }
    return new Tenancy(
        tenantTier,
        masterTier,
        matching(node, "table", d.table(), TABLE),
        column(columns, "slug", d.slugColumn()),
        column(columns, "database", d.databaseColumn()),
        column(columns, "active", d.activeColumn()),
        column(columns, "name", d.nameColumn()),
        matching(node, "database_prefix", d.databasePrefix(), PREFIX),
        pattern(node));
  }

  /** {@code database_pattern}: a regular expression over whole names, {@code {slug}} inside. */
  private static String pattern(YamlDocument.Node node) {
    String pattern = text(node, "database_pattern", null);
    if (pattern != null) {
      YamlDocument.Node value = node.get("database_pattern");
      try {
        Pattern.compile(pattern.replace(Tenancy.SLUG, "x"));
      } catch (PatternSyntaxException e) {
        value.check(
            false,
            "database_pattern is not a regular expression: "
                + e.getDescription()
                + " (write {slug} where the tenant's slug goes)");
      }
    }
    return pattern;
  }

  private String tierDatabase(YamlDocument.Node node, String tier) {
    Tier t = tiers.get(tier);
    return t == null || t.database() == null ? "" : t.database();
  }

  private String tier(YamlDocument.Node node, String key, String fallback) {
    String name = text(node, key, fallback);
    node.check(
        tiers.containsKey(name),
        key + ": unknown tier '" + name + "' (tiers: " + tiers.keySet() + ")");
    return name;
  }

  private static String column(YamlDocument.Node columns, String key, String fallback) {
    return columns == null ? fallback : matching(columns, key, fallback, COLUMN);
  }

  private static String matching(YamlDocument.Node node, String key, String fallback, Pattern p) {
    String value = text(node, key, fallback);
    node.check(p.matcher(value).matches(), key + " '" + value + "' must match " + p);
    return value;
  }

  private static String text(YamlDocument.Node node, String key, String fallback) {
    if (node == null || !node.has(key)) {
      return fallback;
    }
    return node.get(key).text();
  }
}
