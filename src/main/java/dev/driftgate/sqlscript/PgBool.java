package dev.driftgate.sqlscript;

import java.util.Locale;

/**
 * PostgreSQL's parse_bool, which both a boolean setting and psql's own switches read: any prefix of
 * true, false, yes or no, at least two letters of on or off, or 1 or 0, in any case, nothing around
 * it.
 */
final class PgBool {
  private PgBool() {}

  /** The value, or null when PostgreSQL would refuse it as "requires a Boolean value". */
  static Boolean parse(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (v.isEmpty()) {
      return null;
    }
    if (v.equals("1") || v.equals("0")) {
      return v.equals("1");
    }
    if ("true".startsWith(v) || "yes".startsWith(v)) {
      return true;
    }
    if ("false".startsWith(v) || "no".startsWith(v)) {
      return false;
    }
    // "o" alone could be either.
    if (v.length() >= 2 && ("on".startsWith(v) || "off".startsWith(v))) {
      return v.equals("on");
    }
    return null;
  }
}
