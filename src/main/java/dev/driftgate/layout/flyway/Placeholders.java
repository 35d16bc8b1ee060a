package dev.driftgate.layout.flyway;

import dev.driftgate.config.ScriptText;
import dev.driftgate.error.DriftgateException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway's placeholder replacement, done on a migration's text before it is lexed, as Flyway does
 * it: every {@code ${name}} (in statements, strings and comments alike) is replaced by its value
 * from {@code placeholders.*} or by a built-in {@code ${flyway:…}}; a placeholder without a value
 * fails the run, naming file and line. Values are single lines, so every statement keeps its line.
 *
 * <p>{@code ${flyway:user}} and {@code ${flyway:database}} have no value before a run against a
 * real database: driftgate builds scratch databases under its own role, so a script that depends on
 * them is refused rather than verified with values it will never have.
 */
final class Placeholders implements ScriptText {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}\\r\\n]*)}");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Map<String, String> values;
  private final String defaultSchema;
  private final String table;
  private final String searchPath;
  private final boolean replace;

  /**
   * @param searchPath statements to put before line 1 (schema creation and {@code search_path}), or
   *     empty
   * @param replace false when the project turned replacement off ({@code placeholderReplacement})
   */
  Placeholders(
      Map<String, String> values,
      String defaultSchema,
      String table,
      String searchPath,
      boolean replace) {
    this.replace = replace;
    this.values = Map.copyOf(values);
    this.defaultSchema = defaultSchema;
    this.table = table;
    this.searchPath = searchPath;
  }

  @Override
  public String prepare(String display, String text) {
    if (!replace) {
      return searchPath + text;
    }
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(searchPath);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(replace(display, i + 1, lines[i]));
    }
    return out.toString();
  }

  private String replace(String display, int line, String text) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(display, line, m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String value(String display, int line, String name) {
    if (values.containsKey(name)) {
      return values.get(name);
    }
    String fileName = display.substring(display.lastIndexOf('/') + 1);
    String builtIn =
        switch (name) {
          case "flyway:defaultSchema" -> defaultSchema;
          case "flyway:table" -> table;
          case "flyway:filename" -> fileName;
          case "flyway:timestamp" -> LocalDateTime.now().format(TIMESTAMP);
          case "flyway:workingDirectory" -> System.getProperty("user.dir");
          default -> null;
        };
    if (builtIn != null) {
      return builtIn;
    }
    if (name.equals("flyway:user") || name.equals("flyway:database")) {
      throw DriftgateException.badInput(
          display
              + ":"
              + line
              + ": ${"
              + name
              + "} has no value before a run against a real database (driftgate builds scratch"
              + " databases under its own role); define a placeholder of your own for it");
    }
    throw DriftgateException.badInput(
        display
            + ":"
            + line
            + ": no value provided for placeholder ${"
            + name
            + "}; set flyway.placeholders."
            + name
            + " (spring.flyway.placeholders."
            + name
            + " in Spring Boot), as Flyway requires");
  }
}
