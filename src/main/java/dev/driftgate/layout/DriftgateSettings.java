package dev.driftgate.layout;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * {@code driftgate.yaml} at the root of a project in another tool's layout: what that tool has no
 * word for. Today one key, {@code setup:}, the canonical script relative to the project root.
 *
 * @param setup the canonical script, or null when the project names none
 */
public record DriftgateSettings(Path setup) {
  public static final String FILE = "driftgate.yaml";
  private static final Set<String> KEYS = Set.of("setup");

  /** The settings, or none when the file does not exist. */
  public static DriftgateSettings read(Path root) {
    Path path = root.resolve(FILE);
    if (!Files.isRegularFile(path)) {
      return new DriftgateSettings(null);
    }
    Object document;
    try {
      document =
          new Load(LoadSettings.builder().build())
              .loadFromString(
                  InputFiles.readUtf8(path, FILE, dev.driftgate.error.InputLimit.CONFIGURATION));
    } catch (YamlEngineException e) {
      throw DriftgateException.badInput(
          FILE + ": malformed YAML: " + e.getMessage().replaceAll("\\s+", " ").trim());
    }
    if (document == null) {
      return new DriftgateSettings(null);
    }
    if (!(document instanceof Map<?, ?> map)) {
      throw DriftgateException.badInput(FILE + ": expected a mapping such as 'setup: schema.sql'");
    }
    for (Object key : map.keySet()) {
      if (!KEYS.contains(String.valueOf(key))) {
        throw DriftgateException.badInput(
            FILE + ": unknown key '" + key + "' (expected one of " + KEYS + ")");
      }
    }
    Object setup = map.get("setup");
    if (setup == null) {
      return new DriftgateSettings(null);
    }
    Path file = root.resolve(String.valueOf(setup)).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      throw DriftgateException.badInput(
          FILE
              + ": setup: "
              + setup
              + " is not a file under the project root (name the canonical script relative to "
              + root
              + ")");
    }
    return new DriftgateSettings(file);
  }
}
