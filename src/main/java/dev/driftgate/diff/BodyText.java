package dev.driftgate.diff;

/**
 * Canonical text of a routine body: runs of whitespace collapse to one space and {@code --} and
 * block comments vanish, but never inside string literals, quoted identifiers or dollar quotes,
 * where every character counts.
 */
final class BodyText {
  private BodyText() {}

  static String canonical(String body) {
    if (body == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(body.length());
    int i = 0;
    int n = body.length();
    while (i < n) {
      char c = body.charAt(i);
      if (Character.isWhitespace(c)) {
        i = skipWhitespace(body, i);
        space(out);
      } else if (c == '-' && i + 1 < n && body.charAt(i + 1) == '-') {
        int end = body.indexOf('\n', i);
        i = end < 0 ? n : end;
        space(out);
      } else if (c == '/' && i + 1 < n && body.charAt(i + 1) == '*') {
        i = skipBlockComment(body, i);
        space(out);
      } else if (c == '\'' || c == '"') {
        int end = closing(body, i, c);
        out.append(body, i, end);
        i = end;
      } else if (c == '$') {
        int end = dollarQuoteEnd(body, i);
        out.append(body, i, end);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString().trim();
  }

  private static void space(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  private static int skipWhitespace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipBlockComment(String s, int i) {
    int depth = 0;
    while (i < s.length()) {
      if (s.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (s.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return i;
  }

  /**
   * The index after the quote that closes the one at {@code start}; a doubled quote does not close.
   */
  private static int closing(String s, int start, char quote) {
    int i = start + 1;
    while (i < s.length()) {
      if (s.charAt(i) == quote) {
        if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return s.length();
  }

  /**
   * The index after a dollar-quoted string starting at {@code start}, or after the lone {@code $}.
   */
  private static int dollarQuoteEnd(String s, int start) {
    int tagEnd = s.indexOf('$', start + 1);
    if (tagEnd < 0 || !s.substring(start + 1, tagEnd).matches("[A-Za-z_][A-Za-z_0-9]*|")) {
      return start + 1;
    }
    String tag = s.substring(start, tagEnd + 1);
    int close = s.indexOf(tag, tagEnd + 1);
    return close < 0 ? s.length() : close + tag.length();
  }
}
