package dev.driftgate.config;

import java.util.Locale;

/** The spellings of a boolean environment variable: true/false, 1/0, yes/no, on/off. */
final class Booleans {
  private Booleans() {}

  static boolean parse(String name, String value, boolean fallback) {
    if (value == null) {
      return fallback;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> {
        SettingsReader.require(false, name, value, "a boolean (true or false)");
        yield fallback;
      }
    };
  }
}
