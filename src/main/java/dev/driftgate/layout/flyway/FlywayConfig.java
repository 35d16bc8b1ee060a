package dev.driftgate.layout.flyway;

import dev.driftgate.config.SettingsText;
import dev.driftgate.config.SpringSettings;
import dev.driftgate.error.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flyway's settings from wherever a project keeps them, with the {@code flyway.} or {@code
 * spring.flyway.} prefix taken off and Spring's kebab-case keys in Flyway's camelCase ({@code
 * sql-migration-prefix} is {@code sqlMigrationPrefix}); placeholder names are kept as written.
 * Files read later override earlier ones: {@code flyway.conf}, {@code flyway.toml}, then Spring's
 * settings ({@link SpringSettings}: {@code application.*} and the active profile's files).
 *
 * @param sources the files that held Flyway settings, relative to the project root
 */
record FlywayConfig(Map<String, String> values, List<String> sources) {
  static final String CONF = "flyway.conf";
  static final String TOML = "flyway.toml";
  static final String RESOURCES = SpringSettings.RESOURCES;

  static FlywayConfig read(Path root) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> sources = new java.util.ArrayList<>();
    read(root, CONF, values, sources);
    read(root, TOML, values, sources);
    SpringSettings spring = SpringSettings.read(root, null);
    spring
        .values()
        .forEach(
            (k, v) -> {
              String key = flywayKey(k);
              if (key != null) {
                values.put(key, v);
              }
            });
    if (spring.values().keySet().stream().anyMatch(k -> flywayKey(k) != null)) {
      sources.addAll(spring.sources());
    }
    return new FlywayConfig(values, List.copyOf(sources));
  }

  /** Whether the project's configuration names Flyway locations, or has Flyway's own files. */
  boolean configured() {
    return values.containsKey("locations") || sources.contains(CONF) || sources.contains(TOML);
  }

  String get(String key, String fallback) {
    String value = values.get(key);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  /** The {@code placeholders.*} settings, by name. */
  Map<String, String> placeholders() {
    Map<String, String> placeholders = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (k.startsWith("placeholders.")) {
            placeholders.put(k.substring("placeholders.".length()), v);
          }
        });
    return placeholders;
  }

  private static void read(
      Path root, String file, Map<String, String> values, List<String> sources) {
    Path path = root.resolve(file);
    if (!Files.isRegularFile(path)) {
      return;
    }
    String text = InputFiles.readUtf8(path, file, dev.driftgate.error.InputLimit.CONFIGURATION);
    Map<String, String> flat = new LinkedHashMap<>();
    if (file.endsWith(".toml")) {
      TomlSettings.flatten(file, text, flat);
    } else {
      flat.putAll(SettingsText.flat(file, text));
    }
    int before = values.size();
    boolean any = false;
    for (Map.Entry<String, String> e : flat.entrySet()) {
      String key = flywayKey(e.getKey());
      if (key != null) {
        values.put(key, e.getValue());
        any = true;
      }
    }
    if (any || file.equals(CONF) || file.equals(TOML) || values.size() != before) {
      sources.add(file);
    }
  }

  /** The key without its Flyway prefix, in camelCase; null for a key that is not Flyway's. */
  static String flywayKey(String key) {
    String rest;
    if (key.startsWith("spring.flyway.")) {
      rest = key.substring("spring.flyway.".length());
    } else if (key.startsWith("flyway.")) {
      rest = key.substring("flyway.".length());
    } else {
      return null;
    }
    if (rest.startsWith("placeholders.")) {
      return rest;
    }
    StringBuilder camel = new StringBuilder();
    boolean upper = false;
    for (char c : rest.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return camel.toString();
  }
}
