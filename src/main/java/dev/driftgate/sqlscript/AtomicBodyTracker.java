package dev.driftgate.sqlscript;

import java.util.Arrays;

/**
 * psql 15's heuristic for SQL-standard function bodies: once a statement starts with {@code CREATE
 * [OR REPLACE] FUNCTION|PROCEDURE}, an unquoted BEGIN outside parentheses opens a block that only
 * END closes, CASE nests inside it, and semicolons within do not end the statement. Mirrored
 * exactly rather than improved, so the gate splits where psql would.
 */
final class AtomicBodyTracker {
  private final char[] leadingKeywords = new char[4];
  private int wordCount;
  private int depth;

  boolean insideBody() {
    return depth > 0;
  }

  /** Called when a statement ends, as psql resets its word count at a terminating semicolon. */
  void statementEnded() {
    wordCount = 0;
    depth = 0;
  }

  void onWord(String text, int start, int end, int parenDepth) {
    if (wordCount == 0) {
      Arrays.fill(leadingKeywords, '\0');
    }
    if (wordCount < leadingKeywords.length && isHeaderKeyword(text, start, end)) {
      leadingKeywords[wordCount] = (char) (text.charAt(start) | 0x20);
    }
    wordCount++;
    if (parenDepth == 0 && startsRoutineDefinition()) {
      track(text, start, end);
    }
  }

  private void track(String text, int start, int end) {
    if (is(text, start, end, "begin")) {
      depth++;
    } else if (is(text, start, end, "case")) {
      if (depth >= 1) {
        depth++;
      }
    } else if (is(text, start, end, "end") && depth > 0) {
      depth--;
    }
  }

  private boolean startsRoutineDefinition() {
    char[] k = leadingKeywords;
    return k[0] == 'c'
        && (k[1] == 'f'
            || k[1] == 'p'
            || (k[1] == 'o' && k[2] == 'r' && (k[3] == 'f' || k[3] == 'p')));
  }

  private static boolean isHeaderKeyword(String text, int start, int end) {
    return is(text, start, end, "create")
        || is(text, start, end, "function")
        || is(text, start, end, "procedure")
        || is(text, start, end, "or")
        || is(text, start, end, "replace");
  }

  // ASCII-only folding like psql's pg_strcasecmp: "begın" with a dotless i is not BEGIN.
  private static boolean is(String text, int start, int end, String keyword) {
    if (end - start != keyword.length()) {
      return false;
    }
    for (int i = 0; i < keyword.length(); i++) {
      char c = text.charAt(start + i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
      if (lower != keyword.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
