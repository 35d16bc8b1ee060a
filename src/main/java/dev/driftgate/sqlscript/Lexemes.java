package dev.driftgate.sqlscript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first significant tokens of a statement with their text, for the few statements whose literal
 * values the lexer itself must read: {@code SET}, {@code set_config}, savepoint names.
 */
final class Lexemes {
  private final String sql;
  private final List<Token> tokens = new ArrayList<>();
  private final boolean complete;

  Lexemes(String sql, int max, boolean standardStrings) {
    this.sql = sql;
    SqlScanner scanner = new SqlScanner(sql, 0, standardStrings);
    Token token;
    while ((token = scanner.next()) != null && tokens.size() <= max) {
      if (!token.type().isTrivia()) {
        tokens.add(token);
      }
    }
    complete = tokens.size() <= max;
  }

  /** How many tokens the statement has; meaningful only when it has no more than {@code max}. */
  int size() {
    return complete ? tokens.size() : Integer.MAX_VALUE;
  }

  /** Whether token {@code i} is the unquoted keyword {@code upper}. */
  boolean isWord(int i, String upper) {
    return i < tokens.size()
        && tokens.get(i).type() == TokenType.WORD
        && text(i).toUpperCase(Locale.ROOT).equals(upper);
  }

  /** Whether token {@code i} is the punctuation {@code symbol}. */
  boolean isSymbol(int i, String symbol) {
    return i < tokens.size() && tokens.get(i).type() != TokenType.WORD && text(i).equals(symbol);
  }

  /**
   * Token {@code i} as an identifier: a word down-cased (ASCII only, as PostgreSQL folds), a
   * double-quoted name without its quotes; null for anything else.
   */
  String name(int i) {
    if (i >= tokens.size()) {
      return null;
    }
    String text = text(i);
    return switch (tokens.get(i).type()) {
      case WORD -> asciiLower(text);
      case QUOTED_IDENTIFIER ->
          text.startsWith("\"") ? text.substring(1, text.length() - 1).replace("\"\"", "\"") : null;
      default -> null;
    };
  }

  /**
   * Token {@code i} as a string constant's value: a plain or E'...' literal without escapes to
   * decode; null for anything else, which the caller treats as a value it cannot know.
   */
  String string(int i) {
    if (i >= tokens.size() || tokens.get(i).type() != TokenType.STRING) {
      return null;
    }
    String text = text(i);
    boolean escape = text.charAt(0) == 'e' || text.charAt(0) == 'E';
    String body = text.substring(escape ? 2 : 1, text.length() - 1);
    boolean plain = escape || text.charAt(0) == '\'';
    return plain && !body.contains("\\") ? body.replace("''", "'") : null;
  }

  /** Token {@code i} as a setting's value: a name, a string constant or a number, as written. */
  String value(int i) {
    if (i < tokens.size() && tokens.get(i).type() == TokenType.NUMBER) {
      return text(i);
    }
    String string = string(i);
    return string != null ? string : name(i);
  }

  private String text(int i) {
    return tokens.get(i).text(sql);
  }

  static String asciiLower(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c);
    }
    return out.toString();
  }
}
