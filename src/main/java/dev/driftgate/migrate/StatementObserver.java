package dev.driftgate.migrate;

import dev.driftgate.sqlscript.Statement;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Looks at the database around each statement a migration runs, on the migration's own connection
 * and inside its transaction, so that what a statement did (a table's file node, the locks the
 * transaction holds, the rows it scanned) can be measured rather than guessed from its text.
 */
public interface StatementObserver {
  /** Observes nothing: the runner as it always was. */
  StatementObserver NONE =
      new StatementObserver() {
        @Override
        public void before(Connection c, Statement statement) {}

        @Override
        public void after(Connection c, Statement statement, long nanos) {}
      };

  /** Called right before the statement runs. */
  void before(Connection c, Statement statement) throws SQLException;

  /** Called right after the statement succeeded, with how long it ran. */
  void after(Connection c, Statement statement, long nanos) throws SQLException;
}
