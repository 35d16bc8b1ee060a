package dev.driftgate.app.verify.fixscript;

import java.util.List;

/**
 * The leading tokens of a statement, as {@link dev.driftgate.sqlscript.Statement#tokens} gives
 * them, compared with a pattern such as {@code ALTER TABLE <name> DROP CONSTRAINT}: words match
 * themselves, {@code <name>} matches one identifier, quoted or not, optionally schema-qualified.
 */
record TokenPattern(List<String> parts) {
  private static final String NAME = "<name>";
  private static final String LITERAL = "<literal>";

  static TokenPattern of(String pattern) {
    return new TokenPattern(List.of(pattern.split(" ")));
  }

  /** How many pattern parts there are: a longer pattern that matches is the more specific one. */
  int length() {
    return parts.size();
  }

  boolean matches(List<String> tokens) {
    int at = 0;
    for (String part : parts) {
      if (at >= tokens.size()) {
        return false;
      }
      if (part.equals(NAME)) {
        at = afterName(tokens, at);
        if (at < 0) {
          return false;
        }
      } else if (tokens.get(at).equals(part)) {
        at++;
      } else {
        return false;
      }
    }
    return true;
  }

  /** The index after a possibly qualified identifier starting at {@code at}, or -1. */
  private static int afterName(List<String> tokens, int at) {
    if (!identifier(tokens.get(at))) {
      return -1;
    }
    int next = at + 1;
    if (next + 1 < tokens.size()
        && tokens.get(next).equals(".")
        && identifier(tokens.get(next + 1))) {
      return next + 2;
    }
    return next;
  }

  private static boolean identifier(String token) {
    return token.equals(LITERAL)
        || token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '$');
  }
}
