package dev.driftgate.sqlscript;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.sqlscript.MetaArgumentScanner.Argument;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Argument rules of the meta-commands that take more than a plain path. */
final class MetaCommandArguments {

  private static final String REUSE = "-reuse-previous=";

  private MetaCommandArguments() {}

  static void requireCount(
      String name, List<Argument> args, int count, String expected, SourceLocation location) {
    if (args.size() != count) {
      throw DriftgateException.badInput(
          location + ": " + name + " takes " + expected + ", got " + args.size() + " arguments");
    }
  }

  /**
   * {@code \c dbname}, and the forms pg_dump and pg_dumpall write: {@code \connect "Name"} and, for
   * a name that is not plain, {@code \connect -reuse-previous=on "dbname='my db'"}. Like psql the
   * name is de-quoted but not down-cased. A user, host, port or any other connection parameter
   * would point the script at another server, which the gate cannot follow.
   */
  static MetaCommand.Connect connect(String name, List<Argument> args, SourceLocation location) {
    if (args.isEmpty()) {
      throw DriftgateException.badInput(location + ": " + name + " needs a database name");
    }
    String first = args.get(0).withoutTrailingSemicolons();
    Boolean reuse = first.startsWith(REUSE) ? PgBool.parse(first.substring(REUSE.length())) : null;
    if (first.startsWith(REUSE) && reuse == null) {
      throw DriftgateException.badInput(
          location + ": " + name + ": " + first + " is not a boolean (on or off)");
    }
    int at = reuse == null ? 0 : 1;
    // Exactly one more argument, the database; psql's "-" (the previous one) is refused too.
    String raw = args.size() == at + 1 ? args.get(at).withoutTrailingSemicolons() : "-";
    String database = raw.startsWith("-") ? null : databaseOf(dequote(raw), reuse);
    if (database == null) {
      String given = args.stream().map(Argument::value).collect(Collectors.joining(" "));
      throw DriftgateException.badInput(
          location
              + ": "
              + name
              + " "
              + given
              + ": only database switching is supported (\\c dbname, or -reuse-previous=on"
              + " \"dbname=...\" as pg_dump writes it), not user, host, port or other connection"
              + " parameters");
    }
    return new MetaCommand.Connect(database, location);
  }

  /**
   * The database a {@code \c} argument names, or null when it names more: psql reads an argument
   * with "=" as a connection string, which reuses the previous host, port and user only with
   * -reuse-previous=on; a plain name reuses them unless told off.
   */
  private static String databaseOf(String argument, Boolean reuse) {
    if (!ConnectionString.looksLikeOne(argument)) {
      return Boolean.FALSE.equals(reuse) ? null : argument;
    }
    Map<String, String> pairs = ConnectionString.parse(argument);
    boolean onlyDatabase = pairs != null && pairs.keySet().equals(Set.of("dbname"));
    return Boolean.TRUE.equals(reuse) && onlyDatabase ? pairs.get("dbname") : null;
  }

  /**
   * {@code \encoding [name]}. The gate reads every script as UTF-8 and sends it as UTF-8, which is
   * what psql sends under UTF8 or SQL_ASCII (no conversion); under any other client encoding psql
   * would convert the same bytes into other characters.
   */
  static MetaCommand.ClientOnly encoding(List<Argument> args, SourceLocation location) {
    if (args.size() > 1) {
      requireCount("\\encoding", args, 1, "an encoding name", location);
    }
    String encoding = args.isEmpty() ? "" : args.get(0).value();
    String normalized = encoding.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    if (!encoding.isEmpty() && !Set.of("UTF8", "UNICODE", "SQLASCII").contains(normalized)) {
      throw DriftgateException.badInput(
          location
              + ": \\encoding "
              + encoding
              + ": scripts are read and sent as UTF-8; only UTF8 or SQL_ASCII keep their meaning");
    }
    return new MetaCommand.ClientOnly("\\encoding", encoding, location);
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
