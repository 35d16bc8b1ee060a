package dev.driftgate.sqlscript;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.sqlscript.MetaArgumentScanner.Argument;
import java.util.List;
import java.util.stream.Collectors;

/** Argument rules of the meta-commands that take more than a plain path. */
final class MetaCommandArguments {

  private MetaCommandArguments() {}

  static void requireCount(
      String name, List<Argument> args, int count, String expected, SourceLocation location) {
    if (args.size() != count) {
      throw DriftgateException.badInput(
          location + ": " + name + " takes " + expected + ", got " + args.size() + " arguments");
    }
  }

  /**
   * {@code \c dbname}. Like psql the name is de-quoted but not down-cased. A user, host, port or
   * connection string would point the script at another server, which the gate cannot follow.
   */
  static MetaCommand.Connect connect(String name, List<Argument> args, SourceLocation location) {
    if (args.isEmpty()) {
      throw DriftgateException.badInput(location + ": " + name + " needs a database name");
    }
    String raw = args.get(0).withoutTrailingSemicolons();
    if (args.size() > 1 || raw.startsWith("-") || looksLikeConnectionString(raw)) {
      String given = args.stream().map(Argument::value).collect(Collectors.joining(" "));
      throw DriftgateException.badInput(
          location
              + ": "
              + name
              + " "
              + given
              + ": only database switching is supported (\\c dbname), not user, host, port or"
              + " connection-string arguments");
    }
    return new MetaCommand.Connect(dequote(raw), location);
  }

  static MetaCommand.SetVariable set(List<Argument> args, SourceLocation location) {
    if (args.isEmpty()) {
      throw DriftgateException.badInput(location + ": \\set needs a variable name");
    }
    String name = variableName("\\set", args.get(0), location);
    // psql concatenates all value words without separators: \set x a b sets x to "ab".
    String value = args.stream().skip(1).map(Argument::value).collect(Collectors.joining());
    return new MetaCommand.SetVariable(name, value, location);
  }

  static MetaCommand.UnsetVariable unset(List<Argument> args, SourceLocation location) {
    requireCount("\\unset", args, 1, "one variable name", location);
    return new MetaCommand.UnsetVariable(variableName("\\unset", args.get(0), location), location);
  }

  private static String variableName(String command, Argument arg, SourceLocation location) {
    String name = arg.value();
    boolean valid = !name.isEmpty() && name.chars().allMatch(MetaCommandArguments::isNameChar);
    if (!valid) {
      throw DriftgateException.badInput(
          location + ": " + command + ": invalid variable name \"" + name + "\"");
    }
    return name;
  }

  private static boolean isNameChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c >= 0x80;
  }

  private static boolean looksLikeConnectionString(String value) {
    return value.contains("=")
        || value.startsWith("postgresql://")
        || value.startsWith("postgres://");
  }

  /** psql's dequote_downcase_identifier without the down-casing: {@code "My ""DB"""} to My "DB". */
  private static String dequote(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean inQuotes = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '"') {
        out.append(c);
      } else if (inQuotes && i + 1 < raw.length() && raw.charAt(i + 1) == '"') {
        out.append('"');
        i++;
      } else {
        inQuotes = !inQuotes;
      }
    }
    return out.toString();
  }
}
