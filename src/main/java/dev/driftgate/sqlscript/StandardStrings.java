package dev.driftgate.sqlscript;

import java.util.ArrayList;
import java.util.List;

/**
 * standard_conforming_strings as the server reports it to psql after each statement, followed
 * statically: a session starts with the server's default (on); {@code SET} lasts for the session
 * unless its transaction block rolls back (or back to an earlier savepoint); {@code SET LOCAL} and
 * {@code set_config(..., true)} last until the block ends and do nothing outside one.
 */
final class StandardStrings {
  static final boolean DEFAULT = true;

  private boolean session = DEFAULT;
  private Boolean local;
  private boolean inBlock;
  private boolean atBegin;
  private final List<Savepoint> savepoints = new ArrayList<>();

  /** What a savepoint restores when the block rolls back to it. */
  private record Savepoint(String name, boolean session, Boolean local) {}

  /** The value in effect now. */
  boolean current() {
    return local != null ? local : session;
  }

  /** A new connection ({@code \c}): the server's default, no transaction. */
  void newSession() {
    session = DEFAULT;
    local = null;
    inBlock = false;
    savepoints.clear();
  }

  /** Follows one statement that ran. */
  void after(SessionStatement statement) {
    if (statement instanceof SessionStatement.SetStrings set) {
      set(set.value() == null ? DEFAULT : set.value(), set.local());
    } else if (statement instanceof SessionStatement.DiscardAll && !inBlock) {
      set(DEFAULT, false);
    } else if (statement instanceof SessionStatement.Begin) {
      begin();
    } else if (statement instanceof SessionStatement.End end && inBlock) {
      if (!end.commit()) {
        session = atBegin;
      }
      local = null;
      inBlock = false;
      savepoints.clear();
      if (end.chain()) {
        begin();
      }
    } else if (statement instanceof SessionStatement.Savepoint s && inBlock) {
      savepoints.add(new Savepoint(s.name(), session, local));
    } else if (statement instanceof SessionStatement.Release r) {
      int i = lastIndexOf(r.name());
      if (i >= 0) {
        savepoints.subList(i, savepoints.size()).clear();
      }
    } else if (statement instanceof SessionStatement.RollbackTo r) {
      rollbackTo(r.name());
    }
  }

  private void set(boolean value, boolean isLocal) {
    if (!isLocal) {
      session = value;
      local = null;
    } else if (inBlock) {
      local = value;
    }
  }

  private void begin() {
    if (!inBlock) {
      inBlock = true;
      atBegin = session;
    }
  }

  // The savepoint stays; those after it go, as in PostgreSQL.
  private void rollbackTo(String name) {
    int i = lastIndexOf(name);
    if (i >= 0) {
      Savepoint savepoint = savepoints.get(i);
      session = savepoint.session();
      local = savepoint.local();
      savepoints.subList(i + 1, savepoints.size()).clear();
    }
  }

  private int lastIndexOf(String name) {
    for (int i = savepoints.size() - 1; i >= 0; i--) {
      if (savepoints.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
