package dev.driftgate.migrate;

import static java.util.concurrent.TimeUnit.SECONDS;

import dev.driftgate.config.ToolApplied;
import dev.driftgate.sqlscript.SourceLocation;
import dev.driftgate.sqlscript.Statement;
import dev.driftgate.sqlscript.StatementKind;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Sends statements to PostgreSQL one at a time, as psql does, each tagged with its journal id, and
 * turns a rejected statement into a {@link SqlFailure} that points at the failing line, also inside
 * a {@code DO} block or function body.
 */
public final class ScriptExecutor {
  private static final Pattern PLPGSQL_LINE = Pattern.compile("PL/pgSQL function .*? line (\\d+)");
  private static final Pattern DOLLAR_QUOTE = Pattern.compile("\\$(?:[A-Za-z_][A-Za-z_0-9]*)?\\$");

  /** SQLSTATE query_canceled: a statement timeout, or the driver's query timeout. */
  public static final String CANCELED = "57014";

  private final StatementJournal journal;
  private final OnBehalf onBehalf;
  private final Limits limits;

  public ScriptExecutor(StatementJournal journal) {
    this(journal, OnBehalf.NONE, Limits.NONE);
  }

  /**
   * An executor whose statements the build role may not run are handled by {@code onBehalf}, and
   * whose statements are cancelled past {@code limits}.
   */
  public ScriptExecutor(StatementJournal journal, OnBehalf onBehalf, Limits limits) {
    this.journal = journal;
    this.onBehalf = onBehalf;
    this.limits = limits;
  }

  /**
   * Runs statements one by one in autocommit mode and stops at the first failure, which it returns.
   */
  public Optional<SqlFailure> runAutocommit(Connection connection, List<Statement> statements)
      throws SQLException {
    connection.setAutoCommit(true);
    String defaults = guardsRole() ? RoleDefaults.of(connection) : null;
    try (java.sql.Statement jdbc = connection.createStatement()) {
      jdbc.setEscapeProcessing(false);
      for (Statement statement : statements) {
        Optional<SqlFailure> failure = execute(jdbc, statement);
        if (failure.isPresent()) {
          return failure;
        }
      }
    }
    if (defaults == null) {
      return Optional.empty();
    }
    Optional<SqlFailure> changed = RoleDefaults.changed(connection, defaults, statements);
    if (changed.isPresent()) {
      RoleDefaults.reset(connection); // autocommit: undone here, not by a rollback
    }
    return changed;
  }

  /**
   * Whether scripts run on scratch databases as the build role, whose session defaults they must
   * leave alone ({@link RoleDefaults}); not so for the runner on the user's own databases.
   */
  boolean guardsRole() {
    return onBehalf != OnBehalf.NONE;
  }

  /**
   * How statements another tool sends (a Liquibase changeset's SQL) are journaled, so that the DDL
   * log traces what they did to {@code file:line}, and limited like the project's own scripts.
   */
  ToolApplied.Tagger toolTagger() {
    return new ToolApplied.Tagger() {
      @Override
      public String tag(String sql, String file, int line) {
        return StatementJournal.tag(
            journal.record(
                new Statement(sql, new SourceLocation(file, line), StatementKind.TRANSACTIONAL)));
      }

      @Override
      public int timeoutSeconds() {
        int seconds = limits.nextStatementSeconds();
        return seconds < 0 ? 1 : seconds; // the run's time is up: the next statement is cancelled
      }
    };
  }

  /** The message of a tool's statement that PostgreSQL cancelled, {@code server} if not ours. */
  String cancelled(String sqlState, String server) {
    return CANCELED.equals(sqlState) && limits != Limits.NONE ? limits.exceeded() : server;
  }

  /**
   * Executes one statement on a JDBC statement whose connection is already in the wanted
   * transaction mode. Returns the failure if PostgreSQL rejects it; an {@link SQLException} that is
   * not a statement's fault (the connection broke) propagates.
   */
  Optional<SqlFailure> execute(java.sql.Statement jdbc, Statement statement) throws SQLException {
    Optional<OnBehalf.Handled> handled = onBehalf.handle(statement);
    if (handled.isPresent()) {
      return handled.get().failure();
    }
    int seconds = limits.nextStatementSeconds();
    if (seconds < 0) {
      return Optional.of(
          new SqlFailure(statement.location(), limits.exceededState(), limits.exceeded()));
    }
    String tag = StatementJournal.tag(journal.record(statement));
    if (statement.copyData() != null) {
      return copyIn(jdbc.getConnection(), tag, statement, seconds);
    }
    try {
      jdbc.setQueryTimeout(seconds);
      jdbc.execute(tag + statement.sql());
      jdbc.clearWarnings();
      return Optional.empty();
    } catch (PSQLException e) {
      ServerErrorMessage server = e.getServerErrorMessage();
      if (server == null) {
        throw e;
      }
      boolean ours =
          CANCELED.equals(server.getSQLState())
              && seconds > 0
              && e.getMessage() != null
              && e.getMessage().contains("user request");
      return Optional.of(
          new SqlFailure(
              locate(statement, server, tag.length()),
              ours ? limits.exceededState() : server.getSQLState(),
              ours ? limits.exceeded() : server.getMessage(),
              server.getDetail()));
    }
  }

  /**
   * A {@code COPY ... FROM STDIN} with the data lines its script holds after it, sent as psql sends
   * them: JDBC's plain execute cannot, as the server then waits for the data.
   */
  private Optional<SqlFailure> copyIn(
      Connection connection, String tag, Statement statement, int seconds) throws SQLException {
    // the copy API has no query timeout of its own: cancel from outside, as the driver would (a
    // trigger on the table may loop forever)
    java.util.concurrent.ScheduledFuture<?> cancel =
        seconds == 0 ? null : CANCELLER.schedule(() -> cancel(connection), seconds, SECONDS);
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(tag + statement.sql(), new StringReader(statement.copyData()));
      return Optional.empty();
    } catch (PSQLException e) {
      ServerErrorMessage server = e.getServerErrorMessage();
      if (server == null) {
        throw e;
      }
      boolean ours = cancel != null && cancel.isDone() && CANCELED.equals(server.getSQLState());
      return Optional.of(
          new SqlFailure(
              locate(statement, server, tag.length()),
              ours ? limits.exceededState() : server.getSQLState(),
              ours ? limits.exceeded() : server.getMessage(),
              server.getDetail()));
    } catch (IOException e) {
      throw new IllegalStateException("a string reader does not fail", e);
    } finally {
      if (cancel != null) {
        cancel.cancel(false);
      }
    }
  }

  private static final java.util.concurrent.ScheduledExecutorService CANCELLER =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "driftgate-copy-timeout");
            t.setDaemon(true);
            return t;
          });

  private static void cancel(Connection connection) {
    try {
      connection.unwrap(org.postgresql.core.BaseConnection.class).cancelQuery();
    } catch (SQLException e) {
      // the copy ended meanwhile, or the connection is gone: nothing left to cancel
    }
  }

  /**
   * The line PostgreSQL's error refers to: its cursor position, or the PL/pgSQL line, or the
   * statement's.
   */
  static SourceLocation locate(Statement statement, ServerErrorMessage server, int prefixLength) {
    SourceLocation start = statement.location();
    if (server.getPosition() > prefixLength) {
      return new SourceLocation(
          start.file(), statement.lineOf(server.getPosition() - prefixLength));
    }
    String where = server.getWhere();
    Matcher line = where == null ? null : PLPGSQL_LINE.matcher(where);
    Matcher body = DOLLAR_QUOTE.matcher(statement.sql());
    if (line != null && line.find() && body.find()) {
      int bodyLine = statement.lineOf(body.start() + 1);
      return new SourceLocation(start.file(), bodyLine + Integer.parseInt(line.group(1)) - 1);
    }
    return start;
  }
}
