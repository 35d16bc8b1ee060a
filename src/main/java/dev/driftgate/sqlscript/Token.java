package dev.driftgate.sqlscript;

/**
 * A token as offsets into the scanned text. {@code terminated} is false for a quoted construct or
 * block comment that runs to the end of the text; such a token always ends there.
 */
record Token(TokenType type, int start, int end, boolean terminated) {

  String text(String source) {
    return source.substring(start, end);
  }
}
