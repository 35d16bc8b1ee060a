package dev.driftgate.app.build;

import dev.driftgate.sqlscript.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements indexed by the identifiers they contain, so that finding the statements that name an
 * object does not read every statement for every object (a {@code pg_dump} grants table by table).
 */
final class StatementWords {
  private static final Pattern TOKEN =
      Pattern.compile("\"((?:[^\"]|\"\")+)\"|([A-Za-z_][A-Za-z0-9_$]*)");
  private static final Pattern ALL_IN_SCHEMA =
      Pattern.compile("(?i)\\bALL\\s+\\w+\\s+IN\\s+SCHEMA\\b");
  // no identifier contains a NUL: the key of the statements that name objects by their schema
  private static final String ALL = "\0all";

  private final List<Statement> statements = new ArrayList<>();
  private final Map<String, List<Integer>> byWord = new HashMap<>();

  void add(Statement statement) {
    int index = statements.size();
    statements.add(statement);
    Matcher token = TOKEN.matcher(statement.sql());
    while (token.find()) {
      String word = token.group(1) != null ? token.group(1).replace("\"\"", "\"") : token.group(2);
      index(word.toLowerCase(Locale.ROOT), index);
    }
    if (ALL_IN_SCHEMA.matcher(statement.sql()).find()) {
      index(ALL, index);
    }
  }

  /** The statements that name {@code word} or grant on every object of a schema, latest first. */
  List<Statement> naming(String word) {
    TreeSet<Integer> found = new TreeSet<>(Comparator.reverseOrder());
    found.addAll(byWord.getOrDefault(word.toLowerCase(Locale.ROOT), List.of()));
    found.addAll(byWord.getOrDefault(ALL, List.of()));
    return found.stream().map(statements::get).toList();
  }

  private void index(String word, int statement) {
    List<Integer> list = byWord.computeIfAbsent(word, w -> new ArrayList<>());
    if (list.isEmpty() || list.get(list.size() - 1) != statement) {
      list.add(statement);
    }
  }
}
