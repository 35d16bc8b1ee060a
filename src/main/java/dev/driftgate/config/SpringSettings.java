package dev.driftgate.config;

import dev.driftgate.error.InputFiles;
import dev.driftgate.error.InputLimit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Spring Boot application's settings as its {@code src/main/resources} holds them: {@code
 * application.properties}, {@code .yml} or {@code .yaml}, then the files of the active profiles
 * ({@code application-<profile>.*}), later files overriding earlier ones and {@code .properties}
 * overriding YAML in the same place, as Spring reads them. The active profiles are the ones given,
 * else {@code spring.profiles.active}. A YAML document with {@code
 * spring.config.activate.on-profile} counts only when that profile is active. Every reader of
 * Spring settings (entities, Flyway, Liquibase) reads this one value.
 *
 * @param values every key, flattened ({@code spring.jpa.hibernate.naming.physical-strategy})
 * @param sources the files read, relative to the project root, in order
 * @param profiles the active profiles
 */
public record SpringSettings(
    Map<String, String> values, List<String> sources, List<String> profiles) {
  /** Where a Spring Boot project keeps its settings, relative to the project root. */
  public static final String RESOURCES = "src/main/resources";

  private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".properties");
  private static final String ON_PROFILE = "spring.config.activate.on-profile";

  public SpringSettings {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    sources = List.copyOf(sources);
    profiles = List.copyOf(profiles);
  }

  /**
   * Reads the project's settings; {@code profile} (comma-separated) overrides {@code
   * spring.profiles.active}, null leaves it to the files.
   */
  public static SpringSettings read(Path root, String profile) {
    Map<String, String> base = new LinkedHashMap<>();
    List<String> sources = new ArrayList<>();
    readAll(root, "application", base, sources, List.of());
    String active = profile != null ? profile : base.get("spring.profiles.active");
    List<String> profiles =
        active == null
            ? List.of()
            : Arrays.stream(active.split(","))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    if (profiles.isEmpty()) {
      return new SpringSettings(base, sources, profiles);
    }
    Map<String, String> values = new LinkedHashMap<>();
    sources.clear();
    readAll(root, "application", values, sources, profiles);
    for (String p : profiles) {
      readAll(root, "application-" + p, values, sources, profiles);
    }
    return new SpringSettings(values, sources, profiles);
  }

  private static void readAll(
      Path root,
      String name,
      Map<String, String> values,
      List<String> sources,
      List<String> active) {
    for (String extension : EXTENSIONS) {
      String file = RESOURCES + "/" + name + extension;
      Path path = root.resolve(file);
      if (Files.isRegularFile(path)) {
        String text = InputFiles.readUtf8(path, file, InputLimit.CONFIGURATION);
        for (Map<String, String> document : SettingsText.documents(file, text)) {
          String onProfile = document.get(ON_PROFILE);
          if (onProfile == null || active.contains(onProfile.strip())) {
            values.putAll(document);
          }
        }
        sources.add(file);
      }
    }
  }

  /**
   * The value of a Spring property in any of its relaxed spellings ({@code physical-strategy},
   * {@code physicalStrategy}, {@code physical_strategy}), or null.
   */
  public String get(String key) {
    String wanted = relaxed(key);
    String found = null;
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (relaxed(e.getKey()).equals(wanted)) {
        found = e.getValue();
      }
    }
    return found == null || found.isBlank() ? null : found.strip();
  }

  /** The keys under {@code prefix} (written exactly so), with the prefix taken off. */
  public Map<String, String> under(String prefix) {
    Map<String, String> found = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (k.startsWith(prefix)) {
            found.put(k.substring(prefix.length()), v);
          }
        });
    return found;
  }

  private static String relaxed(String key) {
    return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }
}
