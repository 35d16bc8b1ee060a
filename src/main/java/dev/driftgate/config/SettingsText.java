package dev.driftgate.config;

import dev.driftgate.error.DriftgateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The text of a settings file ({@code .properties}, or YAML by its extension) as flat {@code
 * dotted.key = value} maps, one per YAML document; a YAML list becomes its items joined by commas.
 * Malformed text is bad input naming the file.
 */
public final class SettingsText {
  private SettingsText() {}

  /** The documents of {@code text}; a properties file is one document. */
  public static List<Map<String, String>> documents(String file, String text) {
    if (file.endsWith(".yml") || file.endsWith(".yaml")) {
      return yaml(file, text);
    }
    return List.of(properties(file, text));
  }

  /** All documents of {@code text} in one map, later keys overriding earlier ones. */
  public static Map<String, String> flat(String file, String text) {
    Map<String, String> flat = new LinkedHashMap<>();
    documents(file, text).forEach(flat::putAll);
    return flat;
  }

  private static Map<String, String> properties(String file, String text) {
    Properties properties = new Properties();
    try {
      properties.load(new java.io.StringReader(text));
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw DriftgateException.badInput(file + ": malformed properties: " + e.getMessage());
    }
    Map<String, String> flat = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(k -> flat.put(k.trim(), properties.getProperty(k)));
    return flat;
  }

  private static List<Map<String, String>> yaml(String file, String text) {
    List<Map<String, String>> documents = new ArrayList<>();
    YamlInput.parse(
        file,
        () -> {
          for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(text)) {
            Map<String, String> flat = new LinkedHashMap<>();
            flatten("", document, flat);
            documents.add(flat);
          }
          return documents;
        });
    return documents;
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
