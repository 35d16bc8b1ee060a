package dev.driftgate.migrate;

import dev.driftgate.sqlscript.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Numbers every statement executed on one database, so that what the database records about a
 * statement (its DDL log) can be traced back to the file and line it came from. Ids start at 1 and
 * are never reused.
 */
public final class StatementJournal {
  private final List<Statement> statements = Collections.synchronizedList(new ArrayList<>());

  /** Records a statement and returns its id. */
  int record(Statement statement) {
    synchronized (statements) {
      statements.add(statement);
      return statements.size();
    }
  }

  /** How many statements were recorded. */
  public int size() {
    return statements.size();
  }

  /** The statements recorded after the first {@code from}, in order. */
  public List<Statement> since(int from) {
    synchronized (statements) {
      return List.copyOf(statements.subList(from, statements.size()));
    }
  }

  /**
   * Records statements another run recorded on the database this one continues from (a cached
   * replay state), so that the ids its DDL log holds name the same statements.
   */
  public void restore(List<Statement> recorded) {
    recorded.forEach(this::record);
  }

  /** The statement with the given id, or null. */
  public Statement get(int id) {
    synchronized (statements) {
      return id >= 1 && id <= statements.size() ? statements.get(id - 1) : null;
    }
  }

  /**
   * The tag prepended to a statement's text; the DDL log reads it back from {@code
   * current_query()}.
   */
  static String tag(int id) {
    return "/*dg:" + id + "*/";
  }
}
