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

  private final List<String> tokens;
  private final boolean complete;

  private LeadingTokens(List<String> tokens, boolean complete) {
    this.tokens = tokens;
    this.complete = complete;
  }

  static LeadingTokens of(String sql, int max) {
    SqlScanner scanner = new SqlScanner(sql, 0);
    List<String> tokens = new ArrayList<>();
    Token token;
    while ((token = scanner.next()) != null) {
      if (token.type().isTrivia()) {
        continue;
      }
      if (tokens.size() == max) {
        return new LeadingTokens(tokens, false);
      }
      tokens.add(render(sql, token));
    }
    return new LeadingTokens(tokens, true);
  }

  static List<String> words(String sql, int max) {
    SqlScanner scanner = new SqlScanner(sql, 0);
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

  /** The token at {@code index}, or the empty string past the end. */
  String get(int index) {
    return index < tokens.size() ? tokens.get(index) : "";
  }

  List<String> list() {
    return List.copyOf(tokens);
  }

  int size() {
    return tokens.size();
  }

  /** Whether these are all the statement's tokens rather than the first {@code max}. */
  boolean complete() {
    return complete;
  }

  /** The index just after the parenthesised group opening at {@code index}, else {@code index}. */
  int skipGroup(int index) {
    if (!get(index).equals("(")) {
      return index;
    }
    int depth = 0;
    for (int i = index; i < tokens.size(); i++) {
      depth += tokens.get(i).equals("(") ? 1 : tokens.get(i).equals(")") ? -1 : 0;
      if (depth == 0) {
        return i + 1;
      }
    }
    return tokens.size();
  }

  /** Whether {@code first} and {@code second} appear next to each other from {@code from} on. */
  boolean containsPair(int from, String first, String second) {
    for (int i = from; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).equals(first) && tokens.get(i + 1).equals(second)) {
        return true;
      }
    }
    return false;
  }
}
