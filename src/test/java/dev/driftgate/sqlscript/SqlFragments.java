package dev.driftgate.sqlscript;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Generators for the lexically tricky pieces of SQL. Every fragment is one token or a balanced
 * group; fragments are always joined by a separator that starts with whitespace, so the text of a
 * generated statement is exactly the text psql would send.
 */
final class SqlFragments {
  // Words that would switch on psql's BEGIN ... END tracking; routines are generated on purpose.
  private static final Set<String> ROUTINE_WORDS =
      Set.of("begin", "end", "case", "function", "procedure");

  private SqlFragments() {}

  static Arbitrary<String> fragment(int depth, boolean standardStrings) {
    List<Tuple2<Integer, Arbitrary<String>>> options = new ArrayList<>();
    options.add(Tuple.of(6, word()));
    options.add(Tuple.of(2, QuotedFragments.standardString(standardStrings)));
    options.add(Tuple.of(2, QuotedFragments.escapeString()));
    options.add(Tuple.of(2, QuotedFragments.quotedIdentifier()));
    options.add(Tuple.of(2, QuotedFragments.dollarQuoted()));
    options.add(Tuple.of(1, Arbitraries.integers().between(1, 99).map(n -> "$" + n)));
    options.add(Tuple.of(1, Arbitraries.integers().between(0, 99_999).map(String::valueOf)));
    options.add(Tuple.of(2, operator()));
    options.add(
        Tuple.of(
            1, Arbitraries.of("CASE WHEN a THEN 'x;' ELSE $1 END", "case b when 1 then 2 end")));
    if (depth > 0) {
      options.add(Tuple.of(2, parenGroup(depth - 1, standardStrings)));
    }
    return Arbitraries.frequencyOf(options);
  }

  /** Whitespace, then possibly a comment: what may stand between two fragments. */
  static Arbitrary<String> separator() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, whitespace()),
        Tuple.of(
            1, Combinators.combine(whitespace(), QuotedFragments.lineComment()).as(String::concat)),
        Tuple.of(
            1,
            Combinators.combine(
                    whitespace(), QuotedFragments.blockComment(2), whitespace().injectNull(0.5))
                .as((a, b, c) -> a + b + (c == null ? "" : c))));
  }

  static Arbitrary<String> whitespace() {
    return concat(Arbitraries.of(" ", "\n", "\t", "  ", " \n  ", "\n\n"), 1, 2);
  }

  static Arbitrary<String> word() {
    Arbitrary<String> random =
        Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> fixed =
        Arbitraries.of(
            "select",
            "from",
            "foo$bar",
            "x$$y",
            "a$1",
            "t$",
            "café",
            "名前",
            "e",
            "E",
            "b",
            "B",
            "x",
            "X",
            "n",
            "N",
            "u",
            "U",
            "create",
            "index",
            "concurrently",
            "_x9");
    return Arbitraries.oneOf(random, fixed).filter(w -> !ROUTINE_WORDS.contains(w));
  }

  static Arbitrary<String> operator() {
    return Arbitraries.of("+", "-", "*", "/", "=", "<>", "::", ",", ">=", "||", "%", ".", "->>");
  }

  static Arbitrary<String> parenGroup(int depth, boolean standardStrings) {
    Arbitrary<String> item =
        Arbitraries.frequencyOf(
            Tuple.of(3, fragment(depth, standardStrings)), Tuple.of(1, Arbitraries.just(";")));
    Arbitrary<String> separated = Combinators.combine(separator(), item).as(String::concat);
    return concat(separated, 0, 5).map(inner -> "(" + inner + ")");
  }

  static Arbitrary<String> concat(Arbitrary<String> piece, int min, int max) {
    return piece.list().ofMinSize(min).ofMaxSize(max).map(parts -> String.join("", parts));
  }
}
