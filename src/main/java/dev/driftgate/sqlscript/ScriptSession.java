package dev.driftgate.sqlscript;

/**
 * What psql's session remembers that changes how the rest of a script is read, shared by a file and
 * the files it includes (psql runs them in one session): standard_conforming_strings, which the
 * server reports after each statement.
 */
final class ScriptSession {
  private final StandardStrings strings = new StandardStrings();

  /** standard_conforming_strings now: what psql sets up each new line's lexing with. */
  boolean standardStrings() {
    return strings.current();
  }

  /** Follows a statement psql sent. */
  void sent(Statement statement) {
    strings.after(SessionStatement.of(statement.sql(), statement.standardStrings()));
  }

  /** Follows a meta-command psql ran: {@code \c} opens a new session with the server's defaults. */
  void ran(MetaCommand command) {
    if (command instanceof MetaCommand.Connect) {
      strings.newSession();
    }
  }
}
