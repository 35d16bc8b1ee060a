package dev.driftgate.sqlscript;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.sqlscript.MetaArgumentScanner.Argument;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns one backslash command into a {@link MetaCommand}. The command runs to the end of its line
 * or to the next unquoted backslash, as in psql; a {@code \\} separator after it hands the rest of
 * the line back to SQL.
 */
final class MetaCommandParser {
  static final String SUPPORTED =
      "\\c, \\connect, \\i, \\ir, \\include, \\include_relative, \\set, \\unset, \\echo, \\q,"
          + " \\restrict, \\unrestrict, \\encoding";

  /** The parsed command and the offset where SQL scanning resumes. */
  record Parsed(MetaCommand command, int end) {}

  private MetaCommandParser() {}

  /** Parses the command whose backslash is at {@code backslash}. */
  static Parsed parse(String text, int backslash, SourceLocation location) {
    int nameEnd = backslash + 1;
    while (nameEnd < text.length() && !isNameEnd(text.charAt(nameEnd))) {
      nameEnd++;
    }
    String name = text.substring(backslash, nameEnd);
    rejectCombiningEscapes(text, backslash, location);
    MetaArgumentScanner scanner = new MetaArgumentScanner(text, nameEnd, name, location);
    List<Argument> arguments = scanner.scanAll();
    MetaCommand command = build(name, arguments, location);
    int end = scanner.position();
    boolean separator = text.startsWith("\\\\", end);
    return new Parsed(command, separator ? end + 2 : end);
  }

  private static MetaCommand build(String name, List<Argument> args, SourceLocation location) {
    return switch (name) {
      case "\\c", "\\connect" -> MetaCommandArguments.connect(name, args, location);
      case "\\i", "\\include" ->
          new MetaCommand.Include(path(name, args, location), false, location);
      case "\\ir", "\\include_relative" ->
          new MetaCommand.Include(path(name, args, location), true, location);
      case "\\set" -> MetaCommandArguments.set(args, location);
      case "\\unset" -> MetaCommandArguments.unset(args, location);
      case "\\echo" -> new MetaCommand.Echo(echoText(args), location);
      case "\\q", "\\quit" -> quit(name, args, location);
      case "\\restrict", "\\unrestrict" -> restrictKey(name, args, location);
      case "\\encoding" -> MetaCommandArguments.encoding(args, location);
      default ->
          throw DriftgateException.badInput(
              location
                  + ": unsupported psql meta-command "
                  + name
                  + " (supported: "
                  + SUPPORTED
                  + ")");
    };
  }

  private static boolean isNameEnd(char c) {
    return SqlChars.isSpace(c) || c == '\\';
  }

  // psql sends "\;" and "\:" as literal characters inside a query; the first glues statements
  // into one multi-statement query, which the gate cannot classify or report per statement.
  private static void rejectCombiningEscapes(String text, int backslash, SourceLocation location) {
    if (backslash + 1 < text.length() && ";:".indexOf(text.charAt(backslash + 1)) >= 0) {
      throw DriftgateException.badInput(
          location
              + ": psql escape \\"
              + text.charAt(backslash + 1)
              + " is not supported; end each statement with a plain ';'");
    }
  }

  private static String path(String name, List<Argument> args, SourceLocation location) {
    MetaCommandArguments.requireCount(name, args, 1, "a file path", location);
    String path = args.get(0).withoutTrailingSemicolons();
    if (path.isEmpty()) {
      throw DriftgateException.badInput(location + ": " + name + " needs a file path");
    }
    return path;
  }

  // psql treats an unquoted leading -n as "no trailing newline", not as text to print.
  private static String echoText(List<Argument> args) {
    boolean noNewline =
        !args.isEmpty() && args.get(0).value().equals("-n") && args.get(0).unquotedTail() == 2;
    return args.stream()
        .skip(noNewline ? 1 : 0)
        .map(Argument::value)
        .collect(Collectors.joining(" "));
  }

  private static MetaCommand restrictKey(
      String name, List<Argument> args, SourceLocation location) {
    MetaCommandArguments.requireCount(name, args, 1, "a key", location);
    return new MetaCommand.ClientOnly(name, args.get(0).value(), location);
  }

  private static MetaCommand quit(String name, List<Argument> args, SourceLocation location) {
    MetaCommandArguments.requireCount(name, args, 0, "no arguments", location);
    return new MetaCommand.Quit(location);
  }
}
