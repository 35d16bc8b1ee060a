package dev.driftgate.sqlscript;

import java.util.List;
import java.util.Objects;

/**
 * One SQL statement of a script. {@code sql} is the exact source text from the first token up to,
 * not including, the terminating semicolon, with trailing whitespace removed; comments inside are
 * kept. {@code location} is the line of the first token.
 */
public record Statement(String sql, SourceLocation location, StatementKind kind)
    implements ScriptItem {

  public Statement {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * The file line of a 1-based character position inside {@link #sql()}, the way PostgreSQL reports
   * error positions (counted in characters, so a supplementary code point counts once). Positions
   * past the end, such as "at end of input", map to the last line.
   */
  public int lineOf(int position) {
    if (position < 1) {
      throw new IllegalArgumentException("position must be 1-based, got " + position);
    }
    int line = location.line();
    int index = 0;
    for (int seen = 1; seen < position && index < sql.length(); seen++) {
      if (sql.charAt(index) == '\n') {
        line++;
      }
      index += Character.charCount(sql.codePointAt(index));
    }
    return line;
  }

  /**
   * The first {@code max} words of the statement, upper-cased, skipping comments. A word is an
   * unquoted keyword or identifier; the list stops early at the first token that is not one.
   */
  public List<String> leadingWords(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative, got " + max);
    }
    return LeadingTokens.words(sql, max);
  }

  /**
   * The first {@code max} significant tokens, skipping comments: words upper-cased, numbers and
   * punctuation as written, and every string, dollar-quoted body or quoted identifier as {@code
   * <literal>}, so that text inside a {@code DO} block never reads as a keyword.
   */
  public List<String> tokens(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative, got " + max);
    }
    return LeadingTokens.of(sql, max).list();
  }
}
