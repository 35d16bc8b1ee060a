package dev.driftgate.sqlscript;

import dev.driftgate.error.DriftgateException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the arguments of one psql meta-command the way psqlscanslash.l does: they end at the end of
 * the line or at the next unquoted backslash; single quotes are removed with their escapes decoded;
 * double-quoted parts are kept verbatim, quotes included; backquotes are refused because running
 * shell commands has no place in a gate.
 */
final class MetaArgumentScanner {

  /** One argument and how many of its last characters were not quoted. */
  record Argument(String value, int unquotedTail) {

    /** The value without unquoted trailing semicolons, which psql drops for some commands. */
    String withoutTrailingSemicolons() {
      int end = value.length();
      int limit = end - unquotedTail;
      while (end > limit && value.charAt(end - 1) == ';') {
        end--;
      }
      return value.substring(0, end);
    }
  }

  private final String text;
  private final String command;
  private final SourceLocation location;
  private int pos;

  MetaArgumentScanner(String text, int start, String command, SourceLocation location) {
    this.text = text;
    this.pos = start;
    this.command = command;
    this.location = location;
  }

  /** Where scanning stopped: a line feed, a backslash or the end of the text. */
  int position() {
    return pos;
  }

  List<Argument> scanAll() {
    List<Argument> arguments = new ArrayList<>();
    while (true) {
      while (pos < text.length() && isArgumentSpace(text.charAt(pos))) {
        pos++;
      }
      if (pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\\') {
        return arguments;
      }
      arguments.add(scanOne());
    }
  }

  private Argument scanOne() {
    StringBuilder value = new StringBuilder();
    int unquotedTail = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (isArgumentSpace(c) || c == '\n' || c == '\\') {
        break;
      } else if (c == '\'') {
        pos = singleQuoted(value, pos + 1);
        unquotedTail = 0;
      } else if (c == '"') {
        int close = closingDoubleQuote(pos + 1);
        value.append(text, pos, close + 1);
        pos = close + 1;
        unquotedTail = 0;
      } else if (c == '`') {
        throw DriftgateException.badInput(
            location + ": backquoted shell commands in " + command + " are not supported");
      } else {
        value.append(c);
        pos++;
        unquotedTail++;
      }
    }
    return new Argument(value.toString(), unquotedTail);
  }

  private int singleQuoted(StringBuilder value, int from) {
    int end = SingleQuotedArgument.decode(text, from, value);
    if (end == SingleQuotedArgument.UNTERMINATED) {
      throw unterminatedQuote();
    }
    return end;
  }

  private int closingDoubleQuote(int from) {
    for (int i = from; i < text.length() && text.charAt(i) != '\n'; i++) {
      if (text.charAt(i) == '"') {
        return i;
      }
    }
    throw unterminatedQuote();
  }

  private DriftgateException unterminatedQuote() {
    return DriftgateException.badInput(
        location + ": unterminated quoted string in the arguments of " + command);
  }

  // CR counts as space so that CRLF files parse like LF ones; psql strips it with the newline.
  private static boolean isArgumentSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
  }
}
