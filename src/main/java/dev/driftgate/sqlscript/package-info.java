/**
 * Reading psql scripts the way psql does: {@link dev.driftgate.sqlscript.SqlLexer} splits text into
 * statements and meta-commands by psql's lexical rules, and {@link
 * dev.driftgate.sqlscript.ScriptReader} reads a file strictly as UTF-8 and inlines its includes
 * within the project root. Depends only on the error package.
 */
package dev.driftgate.sqlscript;
