package dev.driftgate.data;

import dev.driftgate.model.QualifiedName;

/** Quoting for the SQL this package writes, and escaping for COPY's text format. */
final class Identifiers {
  private Identifiers() {}

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  static String quote(QualifiedName name) {
    return quote(name.schema()) + "." + quote(name.name());
  }

  /** A value as a line of COPY text carries it: backslash, tab and line ends escaped. */
  static String copyEscape(String value) {
    if (value.indexOf('\\') < 0
        && value.indexOf('\t') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return value
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  /** The reverse of {@link #copyEscape}, for values read back with {@code COPY ... TO STDOUT}. */
  static String copyUnescape(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }
}
