package dev.driftgate.sqlscript;

import java.util.List;
import java.util.Objects;

/**
 * One SQL statement of a script. {@code sql} is the exact source text from the first token up to,
 * not including, the terminating semicolon, with trailing whitespace removed; comments inside are
 * kept. {@code location} is the line of the first token.
 *
 * @param standardStrings standard_conforming_strings as psql had it when it lexed the statement:
 *     with it off a backslash escapes the next character in a plain {@code '...'}, so every later
 *     reading of {@code sql} ({@link #tokens}, {@link #leadingWords}) uses the same setting
 * @param copyData for {@code COPY ... FROM STDIN}, the data lines psql sends after the statement,
 *     each with its line end, without the closing {@code \.} line; null for any other statement
 */
public record Statement(
    String sql,
    SourceLocation location,
    StatementKind kind,
    boolean standardStrings,
    String copyData)
    implements ScriptItem {

  public Statement {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(kind, "kind");
  }

  /** A statement lexed with standard_conforming_strings on, the server's default, without data. */
  public Statement(String sql, SourceLocation location, StatementKind kind) {
    this(sql, location, kind, true, null);
  }

  /** The same statement at another location, e.g. an earlier release's copy of a file. */
  public Statement at(SourceLocation newLocation) {
    return new Statement(sql, newLocation, kind, standardStrings, copyData);
  }

  /**
   * Other text for the same place and setting, e.g. a rewritten form that runs in a transaction.
   */
  public Statement rewritten(String newSql, StatementKind newKind) {
    return new Statement(newSql, location, newKind, standardStrings, copyData);
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
    return LeadingTokens.words(sql, max, standardStrings);
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
    return LeadingTokens.of(sql, max, standardStrings).list();
  }
}
