package dev.driftgate.layout.liquibase;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.layout.DriftgateSettings;
import dev.driftgate.layout.SettingsFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a project's master changelog is and which contexts and labels apply: from {@code
 * liquibase.properties}, then Spring Boot's {@code spring.liquibase.*} settings, then {@code
 * driftgate.yaml} (each overriding the one before); without any, Spring Boot's default {@code
 * db/changelog/db.changelog-master.*} under {@code src/main/resources}.
 *
 * @param changelog the master changelog as Liquibase names it, relative to a search root
 * @param searchRoots where Liquibase looks for changelogs: the class path ({@code
 *     src/main/resources}) and the project root
 * @param contexts the context filter, or null (every changeset runs)
 * @param labels the label filter, or null
 */
record LiquibaseConfig(String changelog, List<Path> searchRoots, String contexts, String labels) {
  static final String PROPERTIES = "liquibase.properties";
  private static final String DEFAULT_DIR = SettingsFiles.RESOURCES + "/db/changelog/";
  private static final List<String> DEFAULTS =
      List.of("xml", "yaml", "yml", "sql").stream()
          .map(ext -> DEFAULT_DIR + "db.changelog-master." + ext)
          .toList();

  /** Whether the directory holds a Liquibase project (looks at settings and file names only). */
  static boolean recognizes(Path root) {
    return settings(root).containsKey("changelog") || defaultChangelog(root) != null;
  }

  static LiquibaseConfig read(Path root, DriftgateSettings driftgate) {
    Map<String, String> settings = settings(root);
    String named = settings.get("changelog");
    if (named == null) {
      named = defaultChangelog(root);
    }
    if (named == null) {
      throw DriftgateException.badInput(root + ": no Liquibase master changelog found");
    }
    List<Path> roots = searchRoots(root);
    String changelog = logicalPath(named, roots);
    String contexts =
        driftgate.contexts() != null ? driftgate.contexts() : settings.get("contexts");
    String labels = driftgate.labels() != null ? driftgate.labels() : settings.get("labels");
    return new LiquibaseConfig(changelog, roots, contexts, labels);
  }

  /** Liquibase's settings by meaning: {@code changelog}, {@code contexts}, {@code labels}. */
  private static Map<String, String> settings(Path root) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> own = SettingsFiles.read(root, PROPERTIES);
    put(
        values,
        "changelog",
        own,
        "changeLogFile",
        "changelogFile",
        "liquibase.command.changelogFile");
    put(values, "contexts", own, "contexts", "liquibase.command.contexts");
    put(values, "labels", own, "labels", "labelFilter", "liquibase.command.labelFilter");
    for (String file : SettingsFiles.APPLICATION) {
      Map<String, String> spring = SettingsFiles.read(root, file);
      put(values, "changelog", spring, "spring.liquibase.change-log", "spring.liquibase.changeLog");
      put(values, "contexts", spring, "spring.liquibase.contexts");
      put(values, "labels", spring, "spring.liquibase.label-filter", "spring.liquibase.labels");
    }
    return values;
  }

  private static void put(
      Map<String, String> values, String meaning, Map<String, String> file, String... keys) {
    for (String key : keys) {
      String value = file.get(key);
      if (value != null && !value.isBlank()) {
        values.put(meaning, value.trim());
      }
    }
  }

  /** Spring Boot's default, as Spring Boot names it (on the class path). */
  private static String defaultChangelog(Path root) {
    return DEFAULTS.stream()
        .filter(f -> Files.isRegularFile(root.resolve(f)))
        .findFirst()
        .map(f -> "classpath:" + f.substring(SettingsFiles.RESOURCES.length() + 1))
        .orElse(null);
  }

  private static List<Path> searchRoots(Path root) {
    List<Path> roots = new ArrayList<>();
    Path resources = root.resolve(SettingsFiles.RESOURCES);
    if (Files.isDirectory(resources)) {
      roots.add(resources);
    }
    roots.add(root);
    return List.copyOf(roots);
  }

  /**
   * The changelog's path relative to the first search root that holds it: {@code classpath:} and a
   * leading slash name the class path, as Spring Boot writes them.
   */
  private static String logicalPath(String named, List<Path> roots) {
    String path = named.startsWith("classpath:") ? named.substring("classpath:".length()) : named;
    path = path.replace('\\', '/').replaceFirst("^/+", "");
    for (Path r : roots) {
      Path file = r.resolve(path).normalize();
      if (file.startsWith(r) && Files.isRegularFile(file)) {
        return r.relativize(file).toString().replace('\\', '/');
      }
    }
    throw DriftgateException.badInput(
        "Liquibase changelog "
            + named
            + " not found (looked in src/main/resources and the project root)");
  }
}
