package dev.driftgate.app.verify.fixscript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Puts fix statements in an order PostgreSQL can run: by phase; inside a phase by finding kind
 * (reversed for drops) and then as the findings came; and, where a table or view needs another of
 * the same phase (a partition its parent, a view the view it selects from), that other one first
 * when creating, last when dropping. A rewrite (a type or table made again) keeps the order its fix
 * wrote, in a phase of its own.
 */
final class FixOrder {
  private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");

  private FixOrder() {}

  /**
   * @param definitions what each table and view of the database being fixed is made of, by its name
   *     as fixes write it: the text a drop's dependents are found in
   */
  static List<FixStatement> sort(List<FixStatement> statements, Map<String, String> definitions) {
    List<FixStatement> sorted = new ArrayList<>(statements);
    sorted.sort(
        Comparator.comparing(FixStatement::phase)
            .thenComparing(s -> s.phase().drops() ? -s.rank() : s.rank())
            .thenComparing(FixStatement::position));
    List<FixStatement> result = new ArrayList<>();
    int from = 0;
    while (from < sorted.size()) {
      FixPhase phase = sorted.get(from).phase();
      int to = from;
      while (to < sorted.size() && sorted.get(to).phase() == phase) {
        to++;
      }
      // names inside string literals (a comment's text, a default) are no dependencies
      Function<FixStatement, String> text =
          phase.drops()
              ? s -> s.name().map(n -> definitions.getOrDefault(n, "")).orElse("")
              : FixStatement::sql;
      List<FixStatement> inPhase = sorted.subList(from, to);
      result.addAll(
          phase.rewrites()
              ? inPhase
              : dependenciesFirst(inPhase, text.andThen(FixOrder::withoutLiterals), phase.drops()));
      from = to;
    }
    return result;
  }

  private static String withoutLiterals(String sql) {
    return LITERAL.matcher(sql).replaceAll("''");
  }

  /**
   * A stable topological order: the earliest statement whose prerequisites are all placed comes
   * next; in a cycle (which the database could not have either) the earliest one left.
   */
  private static List<FixStatement> dependenciesFirst(
      List<FixStatement> phase, Function<FixStatement, String> text, boolean drops) {
    List<Set<Integer>> before = prerequisites(phase, text, drops);
    List<FixStatement> placed = new ArrayList<>();
    Set<Integer> done = new HashSet<>();
    while (placed.size() < phase.size()) {
      int next = -1;
      for (int i = 0; i < phase.size() && next < 0; i++) {
        if (!done.contains(i) && done.containsAll(before.get(i))) {
          next = i;
        }
      }
      for (int i = 0; i < phase.size() && next < 0; i++) {
        next = done.contains(i) ? -1 : i;
      }
      done.add(next);
      placed.add(phase.get(next));
    }
    return placed;
  }

  /** For each statement, the statements of its phase that have to run before it. */
  private static List<Set<Integer>> prerequisites(
      List<FixStatement> phase, Function<FixStatement, String> text, boolean drops) {
    List<Set<Integer>> before = new ArrayList<>();
    List<Optional<Pattern>> mentions = phase.stream().map(FixStatement::mention).toList();
    for (int i = 0; i < phase.size(); i++) {
      Set<Integer> mine = new HashSet<>();
      for (int j = 0; j < phase.size(); j++) {
        if (i == j || phase.get(i).name().equals(phase.get(j).name())) {
          continue;
        }
        // creating: i waits for what its text mentions; dropping: for what mentions i
        String in = text.apply(drops ? phase.get(j) : phase.get(i));
        boolean waits = mentions.get(drops ? i : j).filter(p -> p.matcher(in).find()).isPresent();
        if (waits) {
          mine.add(j);
        }
      }
      before.add(mine);
    }
    return before;
  }
}
