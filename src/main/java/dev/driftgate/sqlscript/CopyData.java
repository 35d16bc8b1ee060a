package dev.driftgate.sqlscript;

/**
 * The data of a {@code COPY ... FROM STDIN} in a script. psql sends the statement, and on the
 * server's go-ahead reads the lines that follow the line the statement ended on from the script
 * itself, up to a line that is exactly {@code \.} (before LF or CR LF) or the end of the file; it
 * never lexes them as SQL. psql also sends a last {@code \.} that no line end follows, as data.
 */
final class CopyData {

  /** The data, each line with its line end, and the offset where SQL resumes. */
  record Block(String data, int end) {}

  private CopyData() {}

  /**
   * Whether {@code sql} is a COPY that reads from STDIN: {@code FROM STDIN} outside parentheses.
   */
  static boolean readsStdin(String sql, boolean standardStrings) {
    SqlScanner scanner = new SqlScanner(sql, 0, standardStrings);
    int depth = 0;
    boolean first = true;
    boolean afterFrom = false;
    Token token;
    while ((token = scanner.next()) != null) {
      TokenType type = token.type();
      if (type.isTrivia()) {
        continue;
      }
      String word = type == TokenType.WORD ? Lexemes.asciiLower(token.text(sql)) : "";
      if (first && !word.equals("copy")) {
        return false;
      }
      if (afterFrom && word.equals("stdin")) {
        return true;
      }
      first = false;
      depth += type == TokenType.OPEN_PAREN ? 1 : type == TokenType.CLOSE_PAREN ? -1 : 0;
      afterFrom = depth == 0 && word.equals("from");
    }
    return false;
  }

  /** The block whose first line starts at {@code lineStart}. */
  static Block from(String text, int lineStart) {
    int i = lineStart;
    int newline;
    while ((newline = text.indexOf('\n', i)) >= 0) {
      int length = newline - i;
      boolean marker =
          text.startsWith("\\.", i) && (length == 2 || (length == 3 && text.charAt(i + 2) == '\r'));
      if (marker) {
        return new Block(text.substring(lineStart, i), newline + 1);
      }
      i = newline + 1;
    }
    return new Block(text.substring(lineStart), text.length());
  }
}
