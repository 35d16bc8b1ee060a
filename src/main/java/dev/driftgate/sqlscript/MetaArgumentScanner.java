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
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n') {
      char c = text.charAt(i);
      if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        value.append('\'');
        i += 2;
      } else if (c == '\'') {
        return i + 1;
      } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
        i = escape(value, i + 1);
      } else {
        value.append(c);
        i++;
      }
    }
    throw unterminatedQuote();
  }

  /** Decodes the escape whose first character is at {@code i}; returns the index after it. */
  private int escape(StringBuilder value, int i) {
    char c = text.charAt(i);
    int octalEnd = digitsEnd(i, 3, 8);
    if (octalEnd > i) {
      value.append((char) Integer.parseInt(text.substring(i, octalEnd), 8));
      return octalEnd;
    }
    int hexEnd = c == 'x' ? digitsEnd(i + 1, 2, 16) : i;
    if (hexEnd > i + 1) {
      value.append((char) Integer.parseInt(text.substring(i + 1, hexEnd), 16));
      return hexEnd;
    }
    int simple = "ntbrf".indexOf(c);
    value.append(simple >= 0 ? "\n\t\b\r\f".charAt(simple) : c);
    return i + 1;
  }

  private int digitsEnd(int from, int max, int radix) {
    int i = from;
    while (i < text.length() && i - from < max && isAsciiDigit(text.charAt(i), radix)) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiDigit(char c, int radix) {
    return c < 0x80 && Character.digit(c, radix) >= 0;
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
