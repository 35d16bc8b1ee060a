package dev.driftgate.report;

/** Escaping for XML 1.0 text and attribute values. */
final class Xml {
  private Xml() {}

  /** Text content: markup characters escaped, characters XML 1.0 cannot carry dropped. */
  static String text(String raw) {
    return escape(raw, false);
  }

  /**
   * An attribute value in double quotes; line breaks and tabs as character references, which
   * parsers would otherwise turn into spaces.
   */
  static String attribute(String raw) {
    return escape(raw, true);
  }

  private static String escape(String raw, boolean attribute) {
    if (raw == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append(attribute ? "&quot;" : "\"");
        case '\n' -> s.append(attribute ? "&#10;" : "\n");
        case '\r' -> s.append("&#13;");
        case '\t' -> s.append(attribute ? "&#9;" : "\t");
        default -> {
          if (allowed(c)) {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }

  /** XML 1.0 excludes most control characters and the two non-characters U+FFFE and U+FFFF. */
  private static boolean allowed(char c) {
    return c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
  }
}
