package dev.driftgate.sqlscript;

import java.nio.file.Path;
import java.util.List;

/**
 * A script with its includes inlined, in execution order; it never contains an include.
 *
 * @param files every file the read opened, the script itself first, then each included file in the
 *     order first included (normalized absolute paths; a file included twice is listed once)
 */
public record Script(List<ScriptItem> items, List<Path> files) {

  public Script {
    items = List.copyOf(items);
    files = List.copyOf(files);
  }

  /** A script that was not read from files, e.g. text split on its own. */
  public Script(List<ScriptItem> items) {
    this(items, List.of());
  }

  /** Only the SQL statements, e.g. for a linter that ignores meta-commands. */
  public List<Statement> statements() {
    return items.stream().filter(Statement.class::isInstance).map(Statement.class::cast).toList();
  }
}
