package dev.driftgate.layout.flyway;

import dev.driftgate.error.DriftgateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of TOML that {@code flyway.toml} uses: {@code [table]} headers, {@code key = value} with
 * strings, numbers, booleans and arrays of strings (which may span lines), {@code #} comments. Keys
 * come out dotted by their table: {@code [flyway.placeholders] owner = "app"} is {@code
 * flyway.placeholders.owner}; arrays come out comma-joined, as Flyway's other formats write them.
 */
final class TomlSettings {
  private TomlSettings() {}

  static void flatten(String file, String text, Map<String, String> flat) {
    String table = "";
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = stripComment(lines[i]).trim();
      int lineNumber = i + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("[")) {
        if (!line.endsWith("]") || line.startsWith("[[")) {
          throw bad(file, lineNumber, "expected a [table] header");
        }
        table = line.substring(1, line.length() - 1).trim();
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw bad(file, lineNumber, "expected key = value");
      }
      String key = unquote(line.substring(0, eq).trim());
      StringBuilder value = new StringBuilder(line.substring(eq + 1).trim());
      while (value.toString().startsWith("[") && !value.toString().endsWith("]")) {
        if (++i >= lines.length) {
          throw bad(file, lineNumber, "unterminated array");
        }
        value.append(' ').append(stripComment(lines[i]).trim());
      }
      flat.put(
          table.isEmpty() ? key : table + "." + key, value(file, lineNumber, value.toString()));
    }
  }

  private static String value(String file, int line, String raw) {
    if (raw.startsWith("[")) {
      List<String> items = new ArrayList<>();
      for (String item : raw.substring(1, raw.length() - 1).split(",")) {
        if (!item.isBlank()) {
          items.add(unquote(item.trim()));
        }
      }
      return String.join(",", items);
    }
    if (raw.isEmpty()) {
      throw bad(file, line, "expected a value");
    }
    return unquote(raw);
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  /** The line without a {@code #} comment outside quotes. */
  private static String stripComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#') {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static DriftgateException bad(String file, int line, String what) {
    return DriftgateException.badInput(file + ":" + line + ": " + what);
  }
}
