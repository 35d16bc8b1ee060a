package dev.driftgate.sqlscript;

/**
 * Maps offsets to 1-based line numbers. Queries arrive in increasing order while a file is split,
 * so counting forward from the previous answer keeps the whole split linear.
 */
final class LineCounter {
  private final String text;
  private int offset;
  private int line = 1;

  LineCounter(String text) {
    this.text = text;
  }

  int lineAt(int target) {
    if (target < offset) {
      offset = 0;
      line = 1;
    }
    for (int i = offset; i < target; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    offset = target;
    return line;
  }
}
