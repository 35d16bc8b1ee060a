package dev.driftgate.layout.flyway;

import dev.driftgate.config.Manifest;
import dev.driftgate.config.Migration;
import dev.driftgate.config.Project;
import dev.driftgate.config.Tier;
import dev.driftgate.layout.DriftgateSettings;
import dev.driftgate.layout.ProjectLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Flyway project: one tier ({@code default}), its migrations in the order Flyway applies them to
 * an empty database, each run once, their text with Flyway's placeholders replaced; the canonical
 * script from {@code driftgate.yaml}, if it names one.
 */
public final class FlywayLayout implements ProjectLayout {
  static final String DEFAULT_LOCATION = "classpath:db/migration";

  @Override
  public boolean recognizes(Path root) {
    return Files.isDirectory(root.resolve(FlywayConfig.RESOURCES).resolve("db/migration"))
        || FlywayConfig.read(root).configured();
  }

  @Override
  public Project read(Path root) {
    FlywayConfig config = FlywayConfig.read(root);
    List<FlywayLocation> locations = locations(root, config);
    FlywayMigrations found = new FlywayResolver(FlywayNaming.of(config), root).resolve(locations);
    DriftgateSettings settings = DriftgateSettings.read(root);
    // A baseline beside the history it replaces: fresh installs get the one, older installs have
    // the other, so the baseline's side is the canonical script and the history is the replay.
    boolean baselineCheck = settings.setup() == null && !found.replaced().isEmpty();
    List<FlywayFile> replay = baselineCheck ? found.history() : found.freshInstall();
    List<Migration> migrations = new ArrayList<>();
    for (FlywayFile f : replay) {
      migrations.add(
          new Migration(f.name(), Manifest.DEFAULT_TIER, f.description(), f.file(), true));
    }
    Map<String, Tier> tiers = new LinkedHashMap<>();
    tiers.put(Manifest.DEFAULT_TIER, new Tier(Manifest.DEFAULT_TIER, null, null, null));
    Manifest manifest = new Manifest(tiers, migrations, false, Map.of(), null);
    String description = description(migrations.size(), locations);
    return new Project(
        root,
        manifest,
        baselineCheck ? found.baseline().file() : settings.setup(),
        null,
        placeholders(config),
        description
            + (baselineCheck ? baselineNote(found) : DriftgateSettings.setupNote(root, settings)),
        baselineCheck ? found.freshInstall().stream().map(FlywayFile::file).toList() : List.of());
  }

  private static String baselineNote(FlywayMigrations found) {
    int replaced = found.replaced().size();
    return "baseline migration "
        + found.baseline().name()
        + " checked against the "
        + replaced
        + (replaced == 1 ? " versioned migration" : " versioned migrations")
        + " it replaces: setup is what a fresh install applies (the baseline and what follows it),"
        + " the replay is the history older installs applied";
  }

  private static List<FlywayLocation> locations(Path root, FlywayConfig config) {
    return Arrays.stream(config.get("locations", DEFAULT_LOCATION).split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(l -> FlywayLocation.of(root, l))
        .toList();
  }

  private static Placeholders placeholders(FlywayConfig config) {
    List<String> schemas =
        Arrays.stream(config.get("schemas", "").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
    String defaultSchema = config.get("defaultSchema", schemas.isEmpty() ? null : schemas.get(0));
    String table = config.get("table", "flyway_schema_history");
    return new Placeholders(
        config.placeholders(),
        defaultSchema == null ? "public" : defaultSchema,
        table,
        searchPath(defaultSchema, schemas),
        Boolean.parseBoolean(config.get("placeholderReplacement", "true")));
  }

  /**
   * What Flyway does to a migration's session when the project names schemas: it creates them
   * (once, before the first migration; {@code IF NOT EXISTS} makes every migration's copy a no-op
   * after the first) and sets {@code search_path} to the default schema. Put before line 1, so that
   * no line number moves.
   */
  private static String searchPath(String defaultSchema, List<String> schemas) {
    if (defaultSchema == null) {
      return "";
    }
    StringBuilder sql = new StringBuilder();
    List<String> all = new ArrayList<>(schemas);
    if (!all.contains(defaultSchema)) {
      all.add(0, defaultSchema);
    }
    for (String schema : all) {
      sql.append("CREATE SCHEMA IF NOT EXISTS ").append(quote(schema)).append("; ");
    }
    return sql.append("SET search_path TO ").append(quote(defaultSchema)).append("; ").toString();
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static String description(int migrations, List<FlywayLocation> locations) {
    return "Flyway, "
        + migrations
        + (migrations == 1 ? " migration in " : " migrations in ")
        + locations.size()
        + (locations.size() == 1 ? " location" : " locations")
        + " ("
        + String.join(", ", locations.stream().map(FlywayLocation::text).toList())
        + "); ";
  }
}
