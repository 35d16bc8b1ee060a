package dev.driftgate.sqlscript;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * A random script and the items the lexer must find in it, each rendered as {@code line|S|sql} or
 * {@code line|M|echo text}; a statement lexed with standard_conforming_strings off ends in {@code
 * |off}.
 */
record GeneratedScript(String text, List<String> expected) {
  private static final int MAX_STATEMENTS = 20;
  private static final String OFF = "SET standard_conforming_strings = off";

  /** A piece of the gap between statements; {@code echo} is set for an echo meta-command. */
  record GapPiece(String text, String echo) {}

  static Arbitrary<GeneratedScript> scripts() {
    return scripts(true);
  }

  /**
   * Scripts whose plain literals are written for standard_conforming_strings {@code
   * standardStrings}; with it off the script starts by setting it off.
   */
  static Arbitrary<GeneratedScript> scripts(boolean standardStrings) {
    Arbitrary<List<String>> statements =
        statement(standardStrings).list().ofMinSize(1).ofMaxSize(MAX_STATEMENTS);
    Arbitrary<List<List<GapPiece>>> gaps =
        gapPiece().list().ofMaxSize(4).list().ofSize(MAX_STATEMENTS + 1);
    return Combinators.combine(
            statements, gaps, Arbitraries.of(true, false), SqlFragments.whitespace())
        .as((s, g, terminated, trailing) -> assemble(standardStrings, s, g, terminated, trailing));
  }

  static String render(ScriptItem item) {
    if (item instanceof Statement s) {
      return s.location().line() + "|S|" + s.sql() + (s.standardStrings() ? "" : "|off");
    }
    return item.location().line() + "|M|" + ((MetaCommand.Echo) item).text();
  }

  private static Arbitrary<String> statement(boolean standardStrings) {
    return Arbitraries.frequencyOf(
        Tuple.of(9, plainStatement(2, standardStrings)),
        Tuple.of(1, atomicRoutine(standardStrings)));
  }

  private static Arbitrary<String> plainStatement(int depth, boolean standardStrings) {
    Arbitrary<String> more =
        Combinators.combine(SqlFragments.separator(), SqlFragments.fragment(depth, standardStrings))
            .as(String::concat);
    return Combinators.combine(
            SqlFragments.fragment(depth, standardStrings), SqlFragments.concat(more, 0, 8))
        .as(String::concat);
  }

  // psql keeps semicolons inside BEGIN ATOMIC ... END of CREATE FUNCTION / PROCEDURE.
  private static Arbitrary<String> atomicRoutine(boolean standardStrings) {
    Arbitrary<String> header =
        Arbitraries.of(
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql",
            "create or replace procedure p(a int) language sql",
            "CREATE OR REPLACE FUNCTION s.g(x int) RETURNS SETOF int LANGUAGE sql");
    Arbitrary<String> bodyStatement =
        Combinators.combine(SqlFragments.whitespace(), plainStatement(1, standardStrings))
            .as((w, s) -> w + s + ";");
    return Combinators.combine(
            header,
            Arbitraries.of(" BEGIN ATOMIC", "\nbegin atomic"),
            SqlFragments.concat(bodyStatement, 0, 4),
            SqlFragments.whitespace(),
            Arbitraries.of("END", "end"))
        .as((h, begin, body, w, end) -> h + begin + body + w + end);
  }

  private static Arbitrary<GapPiece> gapPiece() {
    Arbitrary<GapPiece> echo =
        Arbitraries.of("hi", "a;b", "x--y", "$$", "/*")
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(
                words ->
                    new GapPiece(
                        "\n\\echo " + String.join(" ", words) + "\n", String.join(" ", words)));
    return Arbitraries.frequencyOf(
        Tuple.of(4, SqlFragments.whitespace().map(w -> new GapPiece(w, null))),
        Tuple.of(2, QuotedFragments.lineComment().map(c -> new GapPiece(c, null))),
        Tuple.of(2, QuotedFragments.blockComment(2).map(c -> new GapPiece(c, null))),
        Tuple.of(1, Arbitraries.of(";", " ;\n").map(s -> new GapPiece(s, null))),
        Tuple.of(1, echo));
  }

  private static GeneratedScript assemble(
      boolean standardStrings,
      List<String> statements,
      List<List<GapPiece>> gaps,
      boolean terminated,
      String trailing) {
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    String off = standardStrings ? "" : "|off";
    if (!standardStrings) {
      text.append(OFF).append(";\n");
      expected.add("1|S|" + OFF);
    }
    appendGap(text, expected, gaps.get(0));
    for (int i = 0; i < statements.size(); i++) {
      expected.add(lineAt(text, text.length()) + "|S|" + statements.get(i) + off);
      text.append(statements.get(i));
      if (i < statements.size() - 1 || terminated) {
        text.append(';');
        appendGap(text, expected, gaps.get(i + 1));
      } else {
        text.append(trailing);
      }
    }
    return new GeneratedScript(text.toString(), List.copyOf(expected));
  }

  private static void appendGap(StringBuilder text, List<String> expected, List<GapPiece> gap) {
    for (GapPiece piece : gap) {
      if (piece.echo() != null) {
        expected.add(
            lineAt(text, text.length() + piece.text().indexOf('\\')) + "|M|" + piece.echo());
      }
      text.append(piece.text());
    }
  }

  private static int lineAt(StringBuilder text, int offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    return line + (offset > text.length() ? 1 : 0);
  }
}
