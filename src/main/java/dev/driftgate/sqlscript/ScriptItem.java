package dev.driftgate.sqlscript;

/** One unit of a psql script: an SQL statement or a psql meta-command. */
public sealed interface ScriptItem permits Statement, MetaCommand {

  /** Where the item starts: the line of its first token or of its backslash. */
  SourceLocation location();
}
