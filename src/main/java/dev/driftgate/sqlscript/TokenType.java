package dev.driftgate.sqlscript;

/** The token classes that matter for splitting and classifying; operators are left as OTHER. */
enum TokenType {
  WHITESPACE,
  LINE_COMMENT,
  BLOCK_COMMENT,
  /** An unquoted identifier or keyword, the only token psql's BEGIN ... END heuristic looks at. */
  WORD,
  NUMBER,
  /** A positional parameter such as {@code $1}. */
  PARAM,
  /** Any single-quoted literal: plain, E, U&amp;, B, X or N. */
  STRING,
  /** A double-quoted identifier, also with the U&amp; prefix. */
  QUOTED_IDENTIFIER,
  DOLLAR_STRING,
  SEMICOLON,
  OPEN_PAREN,
  CLOSE_PAREN,
  BACKSLASH,
  OTHER;

  boolean isTrivia() {
    return this == WHITESPACE || this == LINE_COMMENT || this == BLOCK_COMMENT;
  }
}
