package dev.driftgate.sqlscript;

/**
 * Decodes a single-quoted meta-command argument as psqlscanslash.l does: {@code ''} is a quote, and
 * a backslash introduces {@code \n \t \b \r \f}, an octal or {@code \x} hex byte, or else stands
 * for the character after it. The quote must close on the same line.
 */
final class SingleQuotedArgument {
  static final int UNTERMINATED = -1;

  private SingleQuotedArgument() {}

  /**
   * Appends the decoded text starting at {@code from}, just after the opening quote, to {@code
   * out}; returns the offset after the closing quote, or {@link #UNTERMINATED}.
   */
  static int decode(String text, int from, StringBuilder out) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n') {
      char c = text.charAt(i);
      if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        out.append('\'');
        i += 2;
      } else if (c == '\'') {
        return i + 1;
      } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
        i = escape(text, i + 1, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return UNTERMINATED;
  }

  /** Decodes the escape whose first character is at {@code i}; returns the index after it. */
  private static int escape(String text, int i, StringBuilder out) {
    char c = text.charAt(i);
    int octalEnd = digitsEnd(text, i, 3, 8);
    if (octalEnd > i) {
      out.append((char) Integer.parseInt(text.substring(i, octalEnd), 8));
      return octalEnd;
    }
    int hexEnd = c == 'x' ? digitsEnd(text, i + 1, 2, 16) : i;
    if (hexEnd > i + 1) {
      out.append((char) Integer.parseInt(text.substring(i + 1, hexEnd), 16));
      return hexEnd;
    }
    int simple = "ntbrf".indexOf(c);
    out.append(simple >= 0 ? "\n\t\b\r\f".charAt(simple) : c);
    return i + 1;
  }

  private static int digitsEnd(String text, int from, int max, int radix) {
    int i = from;
    while (i < text.length() && i - from < max && isAsciiDigit(text.charAt(i), radix)) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiDigit(char c, int radix) {
    return c < 0x80 && Character.digit(c, radix) >= 0;
  }
}
