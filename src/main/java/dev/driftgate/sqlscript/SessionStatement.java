package dev.driftgate.sqlscript;

import java.util.Set;

/**
 * What a statement does to the session state psql's lexer depends on: transaction blocks and
 * savepoints (which end {@code SET LOCAL} and undo {@code SET}), and standard_conforming_strings.
 * Anything else is {@link Other}; so is a statement the server would refuse, which changes nothing.
 */
sealed interface SessionStatement {
  Set<String> FIRST_WORDS =
      Set.of(
          "set",
          "reset",
          "select",
          "discard",
          "begin",
          "start",
          "prepare",
          "savepoint",
          "release",
          "commit",
          "end",
          "rollback",
          "abort");

  /** {@code BEGIN} or {@code START TRANSACTION}. */
  record Begin() implements SessionStatement {}

  /**
   * {@code COMMIT} / {@code END} ({@code commit}) or {@code ROLLBACK} / {@code ABORT}, and {@code
   * PREPARE TRANSACTION}, which keeps the session's settings like a commit; {@code AND CHAIN} opens
   * the next block at once.
   */
  record End(boolean commit, boolean chain) implements SessionStatement {}

  /** {@code SAVEPOINT name}. */
  record Savepoint(String name) implements SessionStatement {}

  /** {@code RELEASE [SAVEPOINT] name}. */
  record Release(String name) implements SessionStatement {}

  /** {@code ROLLBACK [WORK | TRANSACTION] TO [SAVEPOINT] name}. */
  record RollbackTo(String name) implements SessionStatement {}

  /**
   * A new standard_conforming_strings: {@code SET}, {@code SET LOCAL}, {@code RESET}, {@code
   * set_config}. A null {@code value} is the server's default.
   */
  record SetStrings(Boolean value, boolean local) implements SessionStatement {}

  /** {@code DISCARD ALL}: every setting back to its default, refused inside a block. */
  record DiscardAll() implements SessionStatement {}

  /** Any other statement. */
  record Other() implements SessionStatement {}

  /** Reads {@code sql}, lexed with standard_conforming_strings {@code standardStrings}. */
  static SessionStatement of(String sql, boolean standardStrings) {
    // A statement's text starts with its first token; most start with a word none of these has.
    int end = 0;
    while (end < sql.length() && end < 10 && Character.isLetter(sql.charAt(end))) {
      end++;
    }
    if (!FIRST_WORDS.contains(Lexemes.asciiLower(sql.substring(0, end)))) {
      return new Other();
    }
    return SessionStatementParser.parse(new Lexemes(sql, 16, standardStrings));
  }
}
