package dev.driftgate.layout;

import dev.driftgate.config.YamlInput;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code driftgate.yaml} at the root of a project in another tool's layout: what that tool has no
 * word for: {@code setup:}, the canonical script relative to the project root; for Liquibase
 * projects {@code contexts:} and {@code labels:}, which override the project's own settings.
 *
 * @param setup the canonical script, or null when the project names none
 * @param contexts Liquibase contexts (comma-separated), or null
 * @param labels a Liquibase label expression, or null
 */
public record DriftgateSettings(Path setup, String contexts, String labels) {
  public static final String FILE = "driftgate.yaml";
  private static final java.util.List<String> KEYS =
      java.util.List.of("setup", "contexts", "labels");
  private static final DriftgateSettings NONE = new DriftgateSettings(null, null, null);

  /** The settings, or none when the file does not exist. */
  public static DriftgateSettings read(Path root) {
    Path path = root.resolve(FILE);
    if (!Files.isRegularFile(path)) {
      return NONE;
    }
    String text = InputFiles.readUtf8(path, FILE, dev.driftgate.error.InputLimit.CONFIGURATION);
    Object document =
        YamlInput.parse(FILE, () -> new Load(LoadSettings.builder().build()).loadFromString(text));
    if (document == null) {
      return NONE;
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
    return new DriftgateSettings(
        setup(root, map.get("setup")),
        text("contexts", map.get("contexts")),
        text("labels", map.get("labels")));
  }

  /** What the report says about the canonical script of a project in another tool's layout. */
  public static String setupNote(Path root, DriftgateSettings settings) {
    return settings.setup() == null
        ? "no canonical script named in "
            + FILE
            + " (setup: <file>), so setup ⇄ migrations and the fresh-install check are skipped"
            + " and the migrations are only replayed"
        : "canonical script " + root.relativize(settings.setup()).toString().replace('\\', '/');
  }

  /** A list is written as Liquibase's comma-separated form; a mapping means nothing here. */
  private static String text(String key, Object value) {
    if (value instanceof Map<?, ?>) {
      throw DriftgateException.badInput(
          FILE + ": " + key + ": expected a name or a list of names, such as '" + key + ": prod'");
    }
    if (value instanceof java.util.List<?> list) {
      return String.join(",", list.stream().map(String::valueOf).toList());
    }
    return value == null ? null : String.valueOf(value);
  }

  private static Path setup(Path root, Object setup) {
    if (setup == null) {
      return null;
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
    return file;
  }
}
