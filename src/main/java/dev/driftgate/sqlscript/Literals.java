package dev.driftgate.sqlscript;

/**
 * Finds where quoted constructs and block comments end. Each method takes the offset just after the
 * opening delimiter and returns the offset just after the closing one, or {@link #UNTERMINATED}
 * when the text ends first.
 */
final class Literals {
  static final int UNTERMINATED = -1;

  private Literals() {}

  /** A literal closed by {@code quote}, where a doubled quote stands for itself. */
  static int quotedEnd(String text, int from, char quote) {
    int i = from;
    while (true) {
      int close = text.indexOf(quote, i);
      if (close < 0) {
        return UNTERMINATED;
      }
      if (close + 1 >= text.length() || text.charAt(close + 1) != quote) {
        return close + 1;
      }
      i = close + 2;
    }
  }

  /**
   * An E'...' literal, or a plain one with standard_conforming_strings off: a backslash escapes
   * whatever character follows it, {@code ''} too.
   */
  static int escapeStringEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c != '\'') {
        i++;
      } else if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        i += 2;
      } else {
        return i + 1;
      }
    }
    return UNTERMINATED;
  }

  /**
   * A B'...' or X'...' literal: psqlscan.l ends it at the first quote, so {@code ''} inside it
   * closes it and opens a plain literal; with standard_conforming_strings on both read alike.
   */
  static int bitStringEnd(String text, int from) {
    int close = text.indexOf('\'', from);
    return close < 0 ? UNTERMINATED : close + 1;
  }

  /** A comment whose inner slash-star pairs nest, as in PostgreSQL (unlike the SQL standard). */
  static int blockCommentEnd(String text, int from) {
    int depth = 0;
    int i = from;
    while (i + 1 < text.length()) {
      char c = text.charAt(i);
      char next = text.charAt(i + 1);
      if (c == '/' && next == '*') {
        depth++;
        i += 2;
      } else if (c == '*' && next == '/') {
        i += 2;
        if (depth-- == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return UNTERMINATED;
  }

  /**
   * A dollar-quoted body closed by the same {@code delimiter}. psql starts a flex token at every
   * "$" inside the body, so the first exact occurrence of the delimiter is where psql stops too.
   */
  static int dollarQuoteEnd(String text, int from, String delimiter) {
    int close = text.indexOf(delimiter, from);
    return close < 0 ? UNTERMINATED : close + delimiter.length();
  }
}
