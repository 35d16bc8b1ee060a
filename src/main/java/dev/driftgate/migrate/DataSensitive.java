package dev.driftgate.migrate;

import dev.driftgate.sqlscript.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Statements whose effect depends on the rows a table holds: a type change, {@code SET NOT NULL}, a
 * constraint added without {@code NOT VALID}, a NOT NULL column without a default, an index built
 * without {@code CONCURRENTLY}. {@code lint} cannot see the rows, so it says that {@code verify
 * --data} measures them instead of guessing from the text.
 */
final class DataSensitive {
  private record Rule(Pattern pattern, String what) {}

  private static final List<Rule> RULES =
      List.of(
          rule(
              "ALTER (COLUMN )?\\S+ (SET DATA )?TYPE ",
              "a type change may rewrite the table or"
                  + " fail on values the new type cannot take"),
          rule(
              "ALTER (COLUMN )?\\S+ SET NOT NULL",
              "SET NOT NULL reads every row and fails on" + " NULLs"),
          rule(
              "ADD (CONSTRAINT \\S+ )?(CHECK|FOREIGN KEY|UNIQUE|PRIMARY KEY)(?!.*NOT VALID)",
              "a constraint added without NOT VALID reads every row and fails on rows that break"
                  + " it"),
          rule(
              "ADD (COLUMN )?(IF NOT EXISTS )?\\S+ [^,]*NOT NULL(?![^,]*DEFAULT)",
              "a NOT NULL column without a default fails on a table with rows"),
          rule(
              "^CREATE (UNIQUE )?INDEX (?!CONCURRENTLY)",
              "an index built without CONCURRENTLY"
                  + " blocks writes while it reads every row; a unique one fails on duplicates"));

  private DataSensitive() {}

  private static Rule rule(String regex, String what) {
    return new Rule(Pattern.compile(regex), what);
  }

  /** Why the statement's effect depends on the rows, or empty. */
  static Optional<String> why(Statement statement) {
    String sql = statement.sql().replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT);
    if (!sql.startsWith("ALTER TABLE") && !sql.startsWith("CREATE")) {
      return Optional.empty();
    }
    return RULES.stream().filter(r -> r.pattern().matcher(sql).find()).map(Rule::what).findFirst();
  }

  /** The lint notes for a migration's statements. */
  static List<LintFinding> notes(List<Statement> statements) {
    return statements.stream()
        .flatMap(
            s ->
                why(s).stream()
                    .map(
                        why ->
                            LintFinding.info(
                                s.location().toString(),
                                "lint.depends_on_data",
                                why,
                                "run verify --data to measure it on rows")))
        .toList();
  }
}
