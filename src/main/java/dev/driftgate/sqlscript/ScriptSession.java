package dev.driftgate.sqlscript;

import dev.driftgate.error.DriftgateException;

/**
 * What psql's session remembers that changes how the rest of a script is read, shared by a file and
 * the files it includes (psql runs them in one session): standard_conforming_strings, which the
 * server reports after each statement, and {@code \restrict}, under which psql refuses every
 * meta-command but the matching <code>&#92;unrestrict</code>.
 */
final class ScriptSession {
  private static final String RESTRICT = "\\restrict";
  private static final String UNRESTRICT = "\\unrestrict";

  private final StandardStrings strings = new StandardStrings();
  private MetaCommand.ClientOnly restriction;

  /** standard_conforming_strings now: what psql sets up each new line's lexing with. */
  boolean standardStrings() {
    return strings.current();
  }

  /** Follows a statement psql sent. */
  void sent(Statement statement) {
    strings.after(SessionStatement.of(statement.sql(), statement.standardStrings()));
  }

  /**
   * Follows a meta-command psql ran: {@code \c} opens a new session with the server's defaults.
   *
   * @throws DriftgateException BAD_INPUT where psql would refuse the command under {@code
   *     \restrict}, or an <code>&#92;unrestrict</code> that does not match
   */
  void ran(MetaCommand command) {
    String name = command instanceof MetaCommand.ClientOnly c ? c.name() : "";
    if (restriction != null) {
      lift(command, name);
    } else if (name.equals(UNRESTRICT)) {
      throw DriftgateException.badInput(
          command.location() + ": \\unrestrict without a \\restrict before it");
    } else if (name.equals(RESTRICT)) {
      restriction = (MetaCommand.ClientOnly) command;
    } else if (command instanceof MetaCommand.Connect) {
      strings.newSession();
    }
  }

  private void lift(MetaCommand command, String name) {
    if (!name.equals(UNRESTRICT)) {
      throw DriftgateException.badInput(
          command.location()
              + ": meta-command after \\restrict ("
              + restriction.location()
              + "): psql refuses every meta-command but \\unrestrict until then");
    }
    if (!((MetaCommand.ClientOnly) command).argument().equals(restriction.argument())) {
      throw DriftgateException.badInput(
          command.location()
              + ": \\unrestrict with another key than the \\restrict at "
              + restriction.location());
    }
    restriction = null;
  }
}
