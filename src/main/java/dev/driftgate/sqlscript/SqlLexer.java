package dev.driftgate.sqlscript;

import dev.driftgate.error.DriftgateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a psql script into statements and meta-commands by psql's own rules (psqlscan.l): a
 * semicolon ends a statement unless it is quoted, commented, inside parentheses or inside a {@code
 * BEGIN ATOMIC} body; a backslash outside quotes starts a meta-command. Runs in linear time.
 */
public final class SqlLexer {
  private final String text;
  private final String file;
  private final SqlScanner scanner;
  private final LineCounter lines;
  private final AtomicBodyTracker atomicBody = new AtomicBodyTracker();
  private final List<ScriptItem> items = new ArrayList<>();
  private int statementStart = -1;
  private int parenDepth;

  private SqlLexer(String text, String file) {
    this.text = text;
    this.file = file;
    this.scanner = new SqlScanner(text, 0);
    this.lines = new LineCounter(text);
  }

  /**
   * Splits {@code text}; {@code displayFile} names the file in locations and error messages. Items
   * after a {@code \q} are not read, as psql stops there.
   *
   * @throws DriftgateException BAD_INPUT for an unterminated literal or comment, an unsupported or
   *     malformed meta-command, or a meta-command inside an unfinished statement
   */
  public static List<ScriptItem> split(String text, String displayFile) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(displayFile, "displayFile");
    return new SqlLexer(text, displayFile).run();
  }

  private List<ScriptItem> run() {
    Token token;
    while ((token = scanner.next()) != null) {
      if (!token.terminated()) {
        throw unterminated(token);
      }
      if (token.type() == TokenType.BACKSLASH) {
        if (metaCommand(token) instanceof MetaCommand.Quit) {
          return List.copyOf(items);
        }
      } else if (token.type() == TokenType.SEMICOLON) {
        semicolon(token);
      } else if (!token.type().isTrivia()) {
        significant(token);
      }
    }
    endStatement(text.length());
    return List.copyOf(items);
  }

  private void significant(Token token) {
    if (statementStart < 0) {
      statementStart = token.start();
    }
    switch (token.type()) {
      case OPEN_PAREN -> parenDepth++;
      case CLOSE_PAREN -> parenDepth = Math.max(0, parenDepth - 1);
      case WORD -> atomicBody.onWord(text, token.start(), token.end(), parenDepth);
      default -> {}
    }
  }

  private void semicolon(Token token) {
    if (parenDepth > 0 || atomicBody.insideBody()) {
      return;
    }
    endStatement(token.start());
    atomicBody.statementEnded();
  }

  private void endStatement(int end) {
    if (statementStart < 0) {
      return;
    }
    int trimmed = end;
    while (trimmed > statementStart && SqlChars.isSpace(text.charAt(trimmed - 1))) {
      trimmed--;
    }
    String sql = text.substring(statementStart, trimmed);
    SourceLocation location = locationOf(statementStart);
    items.add(new Statement(sql, location, StatementClassifier.classify(sql)));
    statementStart = -1;
    parenDepth = 0;
  }

  private MetaCommand metaCommand(Token backslash) {
    SourceLocation location = locationOf(backslash.start());
    MetaCommandParser.Parsed parsed = MetaCommandParser.parse(text, backslash.start(), location);
    if (statementStart >= 0) {
      throw DriftgateException.badInput(
          location
              + ": meta-command inside an unfinished statement (started at line "
              + locationOf(statementStart).line()
              + "); end the statement with ';' before the meta-command");
    }
    items.add(parsed.command());
    scanner.moveTo(parsed.end());
    return parsed.command();
  }

  private DriftgateException unterminated(Token token) {
    return DriftgateException.badInput(
        locationOf(token.start())
            + ": unterminated "
            + describeOpening(token)
            + " (opened here, never closed)");
  }

  private String describeOpening(Token token) {
    int start = token.start();
    return switch (token.type()) {
      case BLOCK_COMMENT -> "/* comment";
      case QUOTED_IDENTIFIER -> "quoted identifier";
      case DOLLAR_STRING ->
          "dollar-quoted string " + text.substring(start, text.indexOf('$', start + 1) + 1);
      default ->
          Character.toUpperCase(text.charAt(start)) == 'E'
              ? "escape string E'...'"
              : "quoted string";
    };
  }

  private SourceLocation locationOf(int offset) {
    return new SourceLocation(file, lines.lineAt(offset));
  }
}
