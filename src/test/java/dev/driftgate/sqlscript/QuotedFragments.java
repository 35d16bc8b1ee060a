package dev.driftgate.sqlscript;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for literals, quoted identifiers and comments, each stuffed with the characters that
 * would end a statement or start another construct if the lexer got the quoting wrong.
 */
final class QuotedFragments {

  private QuotedFragments() {}

  static Arbitrary<String> standardString() {
    return standardString(true);
  }

  /**
   * A single-quoted literal of any prefix. With standard_conforming_strings off a plain or N'...'
   * body escapes its quotes and backslashes with a backslash too; U&amp; never escapes; B and X
   * never escape either, but end at their first quote, so {@code ''} in them would start a plain
   * literal that does.
   */
  static Arbitrary<String> standardString(boolean standardStrings) {
    List<String> pieces =
        List.of("a", "b c", ";", "''", "--", "/*", "*/", "\n", "\"", "$$", "$1", "\\", "(", ")");
    Arbitrary<String> body = SqlFragments.concat(Arbitraries.of(pieces), 0, 6);
    Arbitrary<String> bitBody =
        standardStrings
            ? body
            : SqlFragments.concat(
                Arbitraries.of(pieces.stream().filter(p -> !p.equals("''")).toList()), 0, 6);
    Arbitrary<String> escaping =
        SqlFragments.concat(
            Arbitraries.of(
                "a", "b c", ";", "''", "\\'", "\\\\", "--", "/*", "\n", "\"", "$$", "(", ")"),
            0,
            6);
    return Arbitraries.frequencyOf(
        Tuple.of(3, quoted(Arbitraries.of("", "", "N"), standardStrings ? body : escaping)),
        Tuple.of(2, quoted(Arbitraries.of("U&", "u&"), body)),
        Tuple.of(2, quoted(Arbitraries.of("B", "x"), bitBody)));
  }

  private static Arbitrary<String> quoted(Arbitrary<String> prefix, Arbitrary<String> body) {
    return Combinators.combine(prefix, body).as((p, b) -> p + "'" + b + "'");
  }

  static Arbitrary<String> escapeString() {
    Arbitrary<String> body =
        SqlFragments.concat(
            Arbitraries.of("a", ";", "\\'", "\\\\", "''", "--", "/*", "\n", "\"", "$$", "("), 0, 6);
    return Combinators.combine(Arbitraries.of("E", "e"), body).as((e, b) -> e + "'" + b + "'");
  }

  static Arbitrary<String> quotedIdentifier() {
    Arbitrary<String> body =
        SqlFragments.concat(
            Arbitraries.of("a", "B c", ";", "\"\"", "'", "--", "/*", "$$", "\n", "\\"), 1, 5);
    return Combinators.combine(Arbitraries.of("", "", "U&"), body)
        .as((prefix, b) -> prefix + "\"" + b + "\"");
  }

  static Arbitrary<String> dollarQuoted() {
    Arbitrary<String> body =
        SqlFragments.concat(
            Arbitraries.of(
                ";",
                "'",
                "\"",
                "$1",
                "--",
                "/*",
                "*/",
                "\n",
                "select",
                " ",
                "$",
                "\\",
                "$inner$ x; ' $inner$",
                "$q$;$q$",
                "E'\\'"),
            0,
            6);
    return Arbitraries.of("", "a", "body", "fn_1", "X", "ä")
        .flatMap(tag -> body.map(b -> "$" + tag + "$" + b + "$" + tag + "$"))
        .filter(QuotedFragments::closesOnlyAtTheEnd);
  }

  private static boolean closesOnlyAtTheEnd(String quoted) {
    String delimiter = quoted.substring(0, quoted.indexOf('$', 1) + 1);
    return quoted.indexOf(delimiter, delimiter.length()) == quoted.length() - delimiter.length();
  }

  static Arbitrary<String> lineComment() {
    return SqlFragments.concat(
            Arbitraries.of(" x", ";", "'", "\"", "/*", "*/", "$$", "--", "\\", "é"), 0, 4)
        .map(c -> "--" + c + "\n");
  }

  static Arbitrary<String> blockComment(int depth) {
    Arbitrary<String> text = Arbitraries.of(" x ", ";", "'", "\"", "--", "$$", "\n", "\\");
    Arbitrary<String> piece =
        depth == 0
            ? text
            : Arbitraries.frequencyOf(Tuple.of(5, text), Tuple.of(1, blockComment(depth - 1)));
    return SqlFragments.concat(piece, 0, 5).map(c -> "/*" + c + "*/");
  }
}
