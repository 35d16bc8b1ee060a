package dev.driftgate.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A compact unified diff of two texts, line by line: hunks of changed lines with one line of
 * context, as {@code diff -U1} prints them but without file headers. Long bodies (a view's query, a
 * function, a {@code CREATE TABLE}) read as what changed instead of two full copies. Quadratic in
 * the number of lines, which bodies a report shows keep small; beyond {@link #MAX_LINES} the texts
 * are not compared line by line and the diff replaces one whole text by the other.
 */
final class LineDiff {
  static final int MAX_LINES = 1000;
  private static final int CONTEXT = 1;

  private LineDiff() {}

  /** The hunks turning {@code from} into {@code to}; empty when they are equal. */
  static List<String> unified(String from, String to) {
    String[] a = from.split("\n", -1);
    String[] b = to.split("\n", -1);
    List<Character> ops = operations(a, b);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i) == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      // a hunk runs on while changes are closer than two contexts apart
      for (int j = i; j < ops.size() && j <= end + 2 * CONTEXT; j++) {
        if (ops.get(j) != ' ') {
          end = j;
        }
      }
      end = Math.min(ops.size() - 1, end + CONTEXT);
      out.addAll(hunk(ops, a, b, start, end));
      i = end + 1;
    }
    return out;
  }

  private static List<String> hunk(List<Character> ops, String[] a, String[] b, int from, int to) {
    int lineA = 0;
    int lineB = 0;
    for (int k = 0; k < from; k++) {
      lineA += ops.get(k) == '+' ? 0 : 1;
      lineB += ops.get(k) == '-' ? 0 : 1;
    }
    List<String> body = new ArrayList<>();
    int countA = 0;
    int countB = 0;
    for (int k = from; k <= to; k++) {
      char op = ops.get(k);
      String line = op == '+' ? b[lineB + countB] : a[lineA + countA];
      body.add(op + line);
      countA += op == '+' ? 0 : 1;
      countB += op == '-' ? 0 : 1;
    }
    List<String> hunk = new ArrayList<>();
    hunk.add("@@ -" + range(lineA, countA) + " +" + range(lineB, countB) + " @@");
    hunk.addAll(body);
    return hunk;
  }

  private static String range(int start, int count) {
    return count == 1 ? String.valueOf(start + 1) : (count == 0 ? start : start + 1) + "," + count;
  }

  /**
   * Edit script: ' ' keep, '-' only in {@code a}, '+' only in {@code b}, via longest common run.
   */
  private static List<Character> operations(String[] a, String[] b) {
    List<Character> ops = new ArrayList<>();
    if ((long) a.length * b.length > (long) MAX_LINES * MAX_LINES) {
      // too long to align: one text replaces the other
      for (String ignored : a) {
        ops.add('-');
      }
      for (String ignored : b) {
        ops.add('+');
      }
      return ops;
    }
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        ops.add(' ');
        i++;
        j++;
      } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
        ops.add('-');
        i++;
      } else {
        ops.add('+');
        j++;
      }
    }
    return ops;
  }
}
