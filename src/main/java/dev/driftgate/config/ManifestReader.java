package dev.driftgate.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates {@code migrations/manifest.yaml}. Every problem is an input error that names
 * the manifest's line; a listed migration whose file is missing is not an error here (verify
 * reports it as a finding).
 */
public final class ManifestReader {
  private static final Pattern TIER_NAME = Pattern.compile("[a-z][a-z0-9_]{0,49}");
  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z0-9_]{1,63}");
  private static final Pattern MIGRATION_NAME =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}");
  private static final Pattern JAVA_PACKAGE =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

  private final Path root;
  private final YamlDocument doc;

  private ManifestReader(Path root, YamlDocument doc) {
    this.root = root;
    this.doc = doc;
  }

  /** Reads the manifest of the project at {@code root}. */
  public static Manifest read(Path root) {
    YamlDocument doc = YamlDocument.load(root, Project.MANIFEST);
    return new ManifestReader(root, doc).manifest();
  }

  private Manifest manifest() {
    YamlDocument.Node top = doc.root();
    top.requireKeys(Set.of("tiers", "baseline", "migrations", "seed", "tenancy", "defaults"));
    boolean onceByDefault = top.has("defaults") && defaults(top.get("defaults"));
    DataSetting dataByDefault =
        top.has("defaults") && top.get("defaults").has("data")
            ? DataSettingReader.read(top.get("defaults").get("data"))
            : DataSetting.NONE;
    boolean explicit = top.has("tiers");
    Map<String, Tier> tiers = explicit ? tiers(top.get("tiers")) : defaultTier();
    if (top.has("baseline")) {
      tiers = withBaselines(tiers, top.get("baseline"));
    }
    List<Migration> migrations =
        top.has("migrations")
            ? migrations(top.get("migrations"), tiers, explicit, onceByDefault)
            : List.of();
    ManifestExtensions extensions = new ManifestExtensions(root, tiers);
    Map<String, Path> seeds = top.has("seed") ? extensions.seeds(top.get("seed")) : Map.of();
    Tenancy tenancy =
        top.has("tenancy") ? extensions.tenancy(top.get("tenancy")) : extensions.conventional();
    Map<String, DataSetting> data =
        DataSettingReader.perTier(
            tiers.keySet(), dataByDefault, explicit ? tierData(top.get("tiers")) : Map.of());
    return new Manifest(tiers, migrations, explicit, seeds, tenancy, data);
  }

  private static Map<String, Tier> defaultTier() {
    Map<String, Tier> tiers = new LinkedHashMap<>();
    tiers.put(Manifest.DEFAULT_TIER, new Tier(Manifest.DEFAULT_TIER, null, null, null));
    return tiers;
  }

  private Map<String, Tier> tiers(YamlDocument.Node node) {
    Map<String, Tier> tiers = new LinkedHashMap<>();
    Set<String> databases = new HashSet<>();
    for (Map.Entry<String, YamlDocument.Node> e : node.entries().entrySet()) {
      String name = e.getKey();
      YamlDocument.Node spec = e.getValue();
      spec.check(
          TIER_NAME.matcher(name).matches(), "tier name '" + name + "' must match " + TIER_NAME);
      spec.requireKeys(Set.of("database", "entities", "data"));
      String database = spec.get("database").text();
      spec.check(
          DATABASE_NAME.matcher(database).matches(),
          "database name '" + database + "' of tier " + name + " must match " + DATABASE_NAME);
      spec.check(databases.add(database), "database " + database + " is named by two tiers");
      String entities = spec.has("entities") ? spec.get("entities").text() : null;
      spec.check(
          entities == null || JAVA_PACKAGE.matcher(entities).matches(),
          "entities of tier " + name + " must be a Java package name, not '" + entities + "'");
      tiers.put(name, new Tier(name, database, entities, null));
    }
    node.check(!tiers.isEmpty(), "tiers: must name at least one tier");
    return tiers;
  }

  private Map<String, Tier> withBaselines(Map<String, Tier> tiers, YamlDocument.Node node) {
    Map<String, Tier> result = new LinkedHashMap<>(tiers);
    for (Map.Entry<String, YamlDocument.Node> e : node.entries().entrySet()) {
      Tier tier = tiers.get(e.getKey());
      e.getValue()
          .check(
              tier != null,
              "baseline for unknown tier '" + e.getKey() + "' (tiers: " + tiers.keySet() + ")");
      Path file = ProjectPaths.inside(root, e.getValue().text(), e.getValue());
      e.getValue()
          .check(
              java.nio.file.Files.isRegularFile(file),
              "baseline " + e.getValue().text() + " does not exist");
      result.put(tier.name(), new Tier(tier.name(), tier.database(), tier.entitiesPackage(), file));
    }
    return result;
  }

  /** The tiers' own {@code data:} settings. */
  private static Map<String, DataSetting> tierData(YamlDocument.Node node) {
    Map<String, DataSetting> data = new LinkedHashMap<>();
    node.entries()
        .forEach(
            (name, spec) -> {
              if (spec.has("data")) {
                data.put(name, DataSettingReader.read(spec.get("data")));
              }
            });
    return data;
  }

  /** {@code defaults: { once: true }}: whether migrations run once unless they say otherwise. */
  private static boolean defaults(YamlDocument.Node node) {
    node.requireKeys(Set.of("once", "data"));
    return node.has("once") && flag(node.get("once"), "once");
  }

  private static boolean flag(YamlDocument.Node node, String key) {
    String value = node.text();
    node.check(
        value.equals("true") || value.equals("false"),
        key + ": must be true or false, not '" + value + "'");
    return value.equals("true");
  }

  private List<Migration> migrations(
      YamlDocument.Node node,
      Map<String, Tier> tiers,
      boolean explicitTiers,
      boolean onceByDefault) {
    List<Migration> migrations = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (YamlDocument.Node item : node.items()) {
      item.requireKeys(Set.of("name", "target", "description", "once"));
      String name = item.get("name").text();
      item.check(
          MIGRATION_NAME.matcher(name).matches() && !name.contains(".."),
          "migration name '"
              + name
              + "' must be a plain file name (letters, digits, _ . -), not a path");
      item.check(names.add(name), "migration " + name + " is listed twice");
      String target = target(item, tiers, explicitTiers);
      String description = item.has("description") ? item.get("description").text() : "";
      Path file = root.resolve(Project.MIGRATIONS_DIR).resolve(name + ".sql");
      boolean once = item.has("once") ? flag(item.get("once"), "once") : onceByDefault;
      migrations.add(new Migration(name, target, description, file, once));
    }
    return migrations;
  }

  private static String target(
      YamlDocument.Node item, Map<String, Tier> tiers, boolean explicitTiers) {
    if (!item.has("target")) {
      item.check(!explicitTiers, "migration needs a target tier (one of " + tiers.keySet() + ")");
      return Manifest.DEFAULT_TIER;
    }
    String target = item.get("target").text();
    item.check(
        tiers.containsKey(target),
        "unknown target '" + target + "' (tiers: " + String.join(", ", tiers.keySet()) + ")");
    return target;
  }
}
