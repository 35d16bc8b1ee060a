package dev.driftgate.report;

import java.util.regex.Pattern;

/**
 * Text from the project or the database made visible in the human formats (text, Markdown, GitHub
 * annotations) and the runner's output. A control character is not shown but acts: a carriage
 * return inside a literal moves the cursor back, so {@code 'a\rb'} and {@code 'b'} printed the same
 * and a finding looked like no difference at all; an escape character can recolour or clear a
 * terminal. So each is written as an escape: {@code \r}, {@code \t}, {@code \x00}, other C0
 * controls and DEL as {@code \xNN}, C1 controls and the bidirectional overrides that reorder what
 * follows ("Trojan Source") as a backslash, {@code u} and four hex digits. JSON, SARIF and JUnit
 * keep the exact text and escape it by their own rules.
 */
public final class Visible {
  /** A line that starts, blanks aside, with a GitHub workflow command's {@code ::}. */
  private static final Pattern FORGED = Pattern.compile("(?m)^([ \\t]*)::");

  /**
   * The longest line shown. A value can be megabytes (a 5 MB {@code RAISE EXCEPTION} message, a
   * comment): a reader gets nothing from more, a terminal or a CI log chokes on it. JSON, SARIF and
   * JUnit keep it whole.
   */
  static final int MAX_LINE = 2_000;

  private Visible() {}

  /** {@code raw} with its control characters escaped; line breaks stay, for multi-line values. */
  public static String text(String raw) {
    return escape(raw, false);
  }

  /** {@code raw} on one line: also its line breaks escaped, as {@code \n}. */
  public static String line(String raw) {
    return escape(raw, true);
  }

  private static String escape(String raw, boolean oneLine) {
    return shortened(escaped(raw, oneLine));
  }

  private static String escaped(String raw, boolean oneLine) {
    if (raw == null || raw.chars().noneMatch(c -> hidden(c, oneLine))) {
      return unforged(raw);
    }
    StringBuilder s = new StringBuilder(raw.length() + 8);
    raw.chars()
        .forEach(
            c -> {
              if (!hidden(c, oneLine)) {
                s.append((char) c);
              } else if (c == '\r') {
                s.append("\\r");
              } else if (c == '\t') {
                s.append("\\t");
              } else if (c == '\n') {
                s.append("\\n");
              } else if (c < 0x80) {
                s.append(String.format("\\x%02x", c));
              } else {
                s.append(String.format("\\u%04x", c));
              }
            });
    return unforged(s.toString());
  }

  /**
   * A line of the value that starts, blanks aside, with {@code ::} would be read by a GitHub
   * Actions runner as a workflow command ({@code ::error::}, {@code ::add-mask::}, {@code
   * ::stop-commands::}) when the report is printed in a job's log: its first colon is written as
   * {@code \x3a}, as other characters that act instead of showing.
   */
  private static String unforged(String text) {
    if (text == null || !text.contains("::")) {
      return text;
    }
    return FORGED.matcher(text).replaceAll("$1\\\\x3a:");
  }

  /** Each line longer than {@link #MAX_LINE} cut there, saying how much was left out. */
  private static String shortened(String text) {
    if (text == null || text.length() <= MAX_LINE) {
      return text;
    }
    StringBuilder s = new StringBuilder(MAX_LINE * 2);
    for (String line : text.split("\n", -1)) {
      if (!s.isEmpty()) {
        s.append('\n');
      }
      if (line.length() <= MAX_LINE) {
        s.append(line);
      } else {
        s.append(line, 0, MAX_LINE)
            .append("… (")
            .append(line.length() - MAX_LINE)
            .append(" more characters; --format json has them all)");
      }
    }
    return s.toString();
  }

  private static boolean hidden(int c, boolean oneLine) {
    if (c == '\n') {
      return oneLine;
    }
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
