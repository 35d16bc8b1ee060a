package dev.driftgate.sqlscript;

import dev.driftgate.error.DriftgateException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Splits a psql script into statements and meta-commands by psql's own rules (psqlscan.l): a
 * semicolon ends a statement unless it is quoted, commented, inside parentheses or inside a {@code
 * BEGIN ATOMIC} body; a backslash outside quotes starts a meta-command. Runs in linear time.
 *
 * <p>psql lexes a script line by line and sets each line up with standard_conforming_strings as the
 * server last reported it, so a statement that changes the setting changes how quotes read from the
 * next line on, not later on its own line. The lexer follows the setting statically through its
 * {@link ScriptSession}, and hands out items one at a time so that a file's includes, read in
 * between, can change it too. The data lines after a {@code COPY ... FROM STDIN} are attached to
 * that statement, never lexed.
 */
public final class SqlLexer {
  private final String text;
  private final String file;
  private final ScriptSession session;
  private final SqlScanner scanner;
  private final LineCounter lines;
  private final AtomicBodyTracker atomicBody = new AtomicBodyTracker();
  private final Deque<ScriptItem> ready = new ArrayDeque<>();
  private int statementStart = -1;
  private boolean statementStandardStrings;
  private int parenDepth;
  private boolean lineStandardStrings;
  private int lineEnd = -1;
  private boolean done;

  SqlLexer(String text, String file, ScriptSession session) {
    this.text = Objects.requireNonNull(text, "text");
    this.file = Objects.requireNonNull(file, "file");
    this.session = session;
    this.scanner = new SqlScanner(text, 0, true);
    this.lines = new LineCounter(text);
  }

  /**
   * Splits {@code text}, a script on its own that starts a session; {@code displayFile} names the
   * file in locations and error messages. Items after a {@code \q} are not read, as psql stops
   * there.
   *
   * @throws DriftgateException BAD_INPUT for an unterminated literal or comment, an unsupported or
   *     malformed meta-command, or a meta-command inside an unfinished statement
   */
  public static List<ScriptItem> split(String text, String displayFile) {
    SqlLexer lexer = new SqlLexer(text, displayFile, new ScriptSession());
    List<ScriptItem> items = new ArrayList<>();
    ScriptItem item;
    while ((item = lexer.next()) != null) {
      items.add(item);
    }
    return List.copyOf(items);
  }

  /** The next item, or null at the end of the text or after a {@code \q}. */
  ScriptItem next() {
    while (ready.isEmpty() && !done) {
      step();
    }
    return ready.poll();
  }

  private void step() {
    followSettingAtNewLine();
    Token token = scanner.next();
    if (token == null) {
      endStatement(text.length());
      done = true;
    } else if (!token.terminated()) {
      throw unterminated(token);
    } else if (token.type() == TokenType.BACKSLASH) {
      done = metaCommand(token) instanceof MetaCommand.Quit;
    } else if (token.type() == TokenType.SEMICOLON) {
      semicolon(token);
    } else if (!token.type().isTrivia()) {
      significant(token);
    }
  }

  // psql sets up each line with the setting the server last reported; '\n' ends a line.
  private void followSettingAtNewLine() {
    int position = scanner.position();
    if (position > lineEnd) {
      lineStandardStrings = session.standardStrings();
      scanner.standardStrings(lineStandardStrings);
      int newline = text.indexOf('\n', position);
      lineEnd = newline < 0 ? text.length() : newline;
    }
  }

  private void significant(Token token) {
    if (statementStart < 0) {
      statementStart = token.start();
      statementStandardStrings = lineStandardStrings;
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
    boolean standardStrings = statementStandardStrings;
    StatementKind kind = StatementClassifier.classify(sql, standardStrings);
    String data = null;
    if (end < text.length() && CopyData.readsStdin(sql, standardStrings)) {
      data = copyData(end + 1);
    }
    Statement statement =
        new Statement(sql, locationOf(statementStart), kind, standardStrings, data);
    ready.add(statement);
    session.sent(statement);
    statementStart = -1;
    parenDepth = 0;
  }

  /** Reads the data after the line of the semicolon before {@code from}, and skips it. */
  private String copyData(int from) {
    int newline = text.indexOf('\n', from);
    int restOfLine = newline < 0 ? text.length() : newline;
    SqlScanner rest = new SqlScanner(text.substring(from, restOfLine), 0, lineStandardStrings);
    Token token;
    while ((token = rest.next()) != null) {
      if (!token.type().isTrivia() || !token.terminated()) {
        throw DriftgateException.badInput(
            locationOf(from + token.start())
                + ": text after COPY ... FROM STDIN on the line it ends: psql runs it only after"
                + " the data that follows; put it on a line of its own");
      }
    }
    CopyData.Block block = CopyData.from(text, Math.min(restOfLine + 1, text.length()));
    scanner.moveTo(block.end());
    return block.data();
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
    session.ran(parsed.command());
    ready.add(parsed.command());
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
      default -> describeString(start);
    };
  }

  private String describeString(int start) {
    if (Character.toUpperCase(text.charAt(start)) == 'E') {
      return "escape string E'...'";
    }
    return lineStandardStrings
        ? "quoted string"
        : "quoted string (standard_conforming_strings is off here: a backslash escapes the next"
            + " character)";
  }

  private SourceLocation locationOf(int offset) {
    return new SourceLocation(file, lines.lineAt(offset));
  }
}
