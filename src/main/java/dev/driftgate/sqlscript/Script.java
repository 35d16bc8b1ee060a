package dev.driftgate.sqlscript;

import java.util.List;

/** A script with its includes inlined, in execution order; it never contains an include. */
public record Script(List<ScriptItem> items) {

  public Script {
    items = List.copyOf(items);
  }

  /** Only the SQL statements, e.g. for a linter that ignores meta-commands. */
  public List<Statement> statements() {
    return items.stream().filter(Statement.class::isInstance).map(Statement.class::cast).toList();
  }
}
