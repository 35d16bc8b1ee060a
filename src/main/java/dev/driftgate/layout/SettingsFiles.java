package dev.driftgate.layout;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.InputFiles;
import dev.driftgate.error.InputLimit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A tool's settings file ({@code .properties}, {@code .yml}/{@code .yaml}) read into flat keys as
 * Spring sees them: {@code spring.flyway.locations}, lists joined with commas. Shared by the
 * layouts that read Spring Boot's {@code application.*} and their tool's own files.
 */
public final class SettingsFiles {
  public static final String RESOURCES = "src/main/resources";

  /** Spring Boot's application settings, in the order later ones override earlier ones. */
  public static final List<String> APPLICATION =
      List.of(
          RESOURCES + "/application.properties",
          RESOURCES + "/application.yml",
          RESOURCES + "/application.yaml");

  private SettingsFiles() {}

  /** The file's settings, flat; none when it does not exist. {@code file} is root-relative. */
  public static Map<String, String> read(Path root, String file) {
    Path path = root.resolve(file);
    Map<String, String> flat = new LinkedHashMap<>();
    if (!Files.isRegularFile(path)) {
      return flat;
    }
    String text = InputFiles.readUtf8(path, file, InputLimit.CONFIGURATION);
    if (file.endsWith(".yml") || file.endsWith(".yaml")) {
      yaml(file, text, flat);
    } else {
      properties(file, text, flat);
    }
    return flat;
  }

  private static void properties(String file, String text, Map<String, String> flat) {
    Properties properties = new Properties();
    try {
      properties.load(new java.io.StringReader(text));
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw DriftgateException.badInput(file + ": malformed properties: " + e.getMessage());
    }
    properties.stringPropertyNames().forEach(k -> flat.put(k.trim(), properties.getProperty(k)));
  }

  private static void yaml(String file, String text, Map<String, String> flat) {
    try {
      for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(text)) {
        flatten("", document, flat);
      }
    } catch (YamlEngineException e) {
      throw DriftgateException.badInput(
          file + ": malformed YAML: " + e.getMessage().replaceAll("\\s+", " ").trim());
    }
  }

  private static void flatten(String prefix, Object node, Map<String, String> flat) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> flatten(prefix.isEmpty() ? k + "" : prefix + "." + k, v, flat));
    } else if (node instanceof List<?> list) {
      flat.put(prefix, String.join(",", list.stream().map(String::valueOf).toList()));
    } else if (node != null) {
      flat.put(prefix, String.valueOf(node));
    }
  }
}
