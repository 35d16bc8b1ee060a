package dev.driftgate.sqlscript;

/**
 * PostgreSQL's character classes. Every char from U+0080 up counts as a letter, as psql treats
 * every non-ASCII byte of UTF-8; so a no-break space is part of an identifier, not whitespace.
 */
final class SqlChars {

  private SqlChars() {}

  /** psql's {space} class, plus vertical tab which PostgreSQL 16 added. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= '\u0080';
  }

  /** A character that may continue a dollar-quote tag; identifiers also allow "$". */
  static boolean isTagChar(char c) {
    return isIdentStart(c) || (c >= '0' && c <= '9');
  }
}
