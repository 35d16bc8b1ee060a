package dev.driftgate.layout.liquibase;

import dev.driftgate.error.InputFiles;
import dev.driftgate.error.InputLimit;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line where a changeset starts in its changelog, which Liquibase does not keep: the {@code
 * <changeSet} tag whose {@code id} it is (XML), the {@code changeSet:} entry whose {@code id:} it
 * is (YAML), the {@code --changeset author:id} comment (formatted SQL). Line 1 when the text does
 * not show it plainly (a JSON changelog, an id from a property).
 */
final class ChangesetLines {
  private static final Pattern XML_START = Pattern.compile("<(?:\\w+:)?changeSet\\b");
  private static final Pattern YAML_START = Pattern.compile("^\\s*-?\\s*changeSet\\s*:");
  private static final Pattern SQL_START =
      Pattern.compile(
          "^\\s*--\\s*changeset\\s+(?:\"[^\"]*\"|[^:\\s]+):(\\S+)", Pattern.CASE_INSENSITIVE);

  private final Map<Path, List<String>> texts = new HashMap<>();

  /** The 1-based line of the changeset {@code id} in {@code file}. */
  int line(Path file, String id) {
    List<String> lines = lines(file);
    if (start(file) == SQL_START) {
      return sql(lines, id);
    }
    Pattern start = start(file);
    Pattern idPattern =
        Pattern.compile("\\bid\\s*[=:]\\s*[\"']?" + Pattern.quote(id) + "(?:[\"'\\s>/,]|$)");
    int startLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = start.matcher(lines.get(i));
      if (m.find()) {
        startLine = i + 1;
        if (idPattern.matcher(lines.get(i).substring(m.end())).find()) {
          return startLine;
        }
      } else if (startLine > 0 && idPattern.matcher(lines.get(i)).find()) {
        return startLine;
      }
    }
    return 1;
  }

  /**
   * Where a statement the changeset at {@code changeset} sends is written: the line, up to the next
   * changeset, that holds the statement's first line (SQL written in the changelog: a formatted-SQL
   * changeset, an {@code <sql>} change), so that lines inside it count from there; otherwise the
   * changeset's own line (SQL Liquibase generated).
   */
  int statement(Path file, int changeset, String sql) {
    String first = sql.strip().lines().findFirst().orElse("").strip();
    if (first.isEmpty()) {
      return changeset;
    }
    List<String> lines = lines(file);
    Pattern start = start(file);
    for (int i = changeset; i < lines.size() && !start.matcher(lines.get(i)).find(); i++) {
      if (lines.get(i).contains(first)) {
        return i + 1;
      }
    }
    return changeset;
  }

  private List<String> lines(Path file) {
    return texts.computeIfAbsent(
        file, f -> InputFiles.readUtf8(f, f.toString(), InputLimit.MIGRATION).lines().toList());
  }

  private static Pattern start(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".sql") ? SQL_START : name.endsWith(".xml") ? XML_START : YAML_START;
  }

  private static int sql(List<String> lines, String id) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = SQL_START.matcher(lines.get(i));
      if (m.find() && m.group(1).equals(id)) {
        return i + 1;
      }
    }
    return 1;
  }
}
