package dev.driftgate.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code data:} settings of the manifest, under {@code defaults:} and per tier: a tier's own
 * setting replaces the defaults' whole.
 */
final class DataSettingReader {
  private static final int MAX_ROWS = 10_000_000;

  private DataSettingReader() {}

  static DataSetting read(YamlDocument.Node node) {
    node.requireKeys(Set.of("rows", "seed"));
    int rows = node.has("rows") ? (int) number(node.get("rows"), "rows", 1, MAX_ROWS) : 0;
    Long seed =
        node.has("seed") ? number(node.get("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE) : null;
    return new DataSetting(rows, seed);
  }

  /** Each tier's setting: its own {@code data:}, else the defaults'. */
  static Map<String, DataSetting> perTier(
      Iterable<String> tiers, DataSetting defaults, Map<String, DataSetting> own) {
    Map<String, DataSetting> settings = new LinkedHashMap<>();
    for (String tier : tiers) {
      settings.put(tier, own.getOrDefault(tier, defaults));
    }
    return settings;
  }

  private static long number(YamlDocument.Node node, String key, long min, long max) {
    String text = node.text();
    node.check(
        text.matches("-?\\d{1,18}"),
        "data: " + key + ": expected a whole number, not '" + text + "'");
    long value = Long.parseLong(text);
    node.check(
        value >= min && value <= max,
        "data: " + key + ": expected a number from " + min + " to " + max + ", not " + text);
    return value;
  }
}
