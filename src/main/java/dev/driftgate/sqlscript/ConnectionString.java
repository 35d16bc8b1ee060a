package dev.driftgate.sqlscript;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A libpq key/value connection string as {@code \connect} takes it, e.g. {@code dbname='my db'}:
 * {@code key = value} pairs separated by spaces, a value either single-quoted or bare, a backslash
 * escaping the next character in both. pg_dump writes one for a database whose name is not plain.
 */
final class ConnectionString {
  private final String text;
  private int pos;

  private ConnectionString(String text) {
    this.text = text;
  }

  /** Whether psql reads {@code argument} as a connection string rather than a database name. */
  static boolean looksLikeOne(String argument) {
    return argument.contains("=") || isUri(argument);
  }

  /** The keys and values in order, or null when libpq would refuse the syntax (or a URI). */
  static Map<String, String> parse(String text) {
    return isUri(text) ? null : new ConnectionString(text).pairs();
  }

  private static boolean isUri(String text) {
    return text.startsWith("postgresql://") || text.startsWith("postgres://");
  }

  private Map<String, String> pairs() {
    Map<String, String> pairs = new LinkedHashMap<>();
    while (skipSpace() < text.length()) {
      int keyStart = pos;
      while (pos < text.length() && text.charAt(pos) != '=' && !isSpace(text.charAt(pos))) {
        pos++;
      }
      String key = text.substring(keyStart, pos);
      if (key.isEmpty() || skipSpace() >= text.length() || text.charAt(pos) != '=') {
        return null;
      }
      pos++;
      skipSpace();
      String value = pos < text.length() && text.charAt(pos) == '\'' ? quoted() : bare();
      if (value == null) {
        return null;
      }
      pairs.put(key, value);
    }
    return pairs;
  }

  private String bare() {
    StringBuilder value = new StringBuilder();
    while (pos < text.length() && !isSpace(text.charAt(pos))) {
      if (text.charAt(pos) == '\\' && pos + 1 < text.length()) {
        pos++;
      }
      value.append(text.charAt(pos++));
    }
    return value.toString();
  }

  private String quoted() {
    StringBuilder value = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '\'') {
        return value.toString();
      }
      if (c == '\\' && pos < text.length()) {
        c = text.charAt(pos++);
      }
      value.append(c);
    }
    return null;
  }

  private int skipSpace() {
    while (pos < text.length() && isSpace(text.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }
}
