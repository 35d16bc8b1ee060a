package dev.driftgate.sqlscript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first significant tokens of a statement as comparable strings: a word upper-cased, a number,
 * parenthesis or one-character token as itself, and any literal or quoted identifier as {@link
 * #LITERAL}, so that a quoted {@code "INDEX"} never reads as the keyword.
 */
final class LeadingTokens {
  static final String LITERAL = "<literal>";

  private final String sql;
  private final SqlScanner scanner;
  private final int max;
  private final List<String> tokens = new ArrayList<>();
  private boolean exhausted;
  private boolean truncated;

  // Tokens are scanned on demand: most statements are classified by their first two words.
  private LeadingTokens(String sql, int max, boolean standardStrings) {
    this.sql = sql;
    this.scanner = new SqlScanner(sql, 0, standardStrings);
    this.max = max;
  }

  /**
   * The tokens of {@code sql} as lexed with standard_conforming_strings {@code standardStrings}.
   */
  static LeadingTokens of(String sql, int max, boolean standardStrings) {
    return new LeadingTokens(sql, max, standardStrings);
  }

  static List<String> words(String sql, int max, boolean standardStrings) {
    SqlScanner scanner = new SqlScanner(sql, 0, standardStrings);
    List<String> words = new ArrayList<>();
    Token token;
    while (words.size() < max && (token = scanner.next()) != null) {
      if (token.type() == TokenType.WORD) {
        words.add(token.text(sql).toUpperCase(Locale.ROOT));
      } else if (!token.type().isTrivia()) {
        break;
      }
    }
    return List.copyOf(words);
  }

  private static String render(String sql, Token token) {
    return switch (token.type()) {
      case WORD -> token.text(sql).toUpperCase(Locale.ROOT);
      case STRING, QUOTED_IDENTIFIER, DOLLAR_STRING, PARAM -> LITERAL;
      default -> token.text(sql);
    };
  }

  /** The token at {@code index}, or the empty string past the end or past {@code max}. */
  String get(int index) {
    fill(index + 1);
    return index < tokens.size() ? tokens.get(index) : "";
  }

  /** The first {@code max} tokens (fewer if the statement is shorter). */
  List<String> list() {
    fill(max);
    return List.copyOf(tokens);
  }

  int size() {
    fill(max);
    return tokens.size();
  }

  /** Whether the first {@code max} tokens are all of the statement's tokens. */
  boolean complete() {
    fill(max);
    if (!exhausted && !truncated) {
      truncated = nextSignificant() != null;
      exhausted = !truncated;
    }
    return exhausted;
  }

  private void fill(int count) {
    while (!exhausted && tokens.size() < Math.min(count, max)) {
      Token token = nextSignificant();
      if (token == null) {
        exhausted = true;
      } else {
        tokens.add(render(sql, token));
      }
    }
  }

  private Token nextSignificant() {
    Token token;
    do {
      token = scanner.next();
    } while (token != null && token.type().isTrivia());
    return token;
  }

  /** The index just after the parenthesised group opening at {@code index}, else {@code index}. */
  int skipGroup(int index) {
    if (!get(index).equals("(")) {
      return index;
    }
    int depth = 0;
    for (int i = index; i < size(); i++) {
      depth += get(i).equals("(") ? 1 : get(i).equals(")") ? -1 : 0;
      if (depth == 0) {
        return i + 1;
      }
    }
    return size();
  }

  /** Whether {@code first} and {@code second} appear next to each other from {@code from} on. */
  boolean containsPair(int from, String first, String second) {
    for (int i = from; i + 1 < size(); i++) {
      if (get(i).equals(first) && get(i + 1).equals(second)) {
        return true;
      }
    }
    return false;
  }
}
