/**
 * Reading psql scripts the way psql does: {@link dev.driftgate.sqlscript.SqlLexer} splits text into
 * statements and meta-commands by psql's lexical rules, following what psql's session remembers
 * that changes those rules (standard_conforming_strings, {@code \restrict}) and setting aside the
 * data lines of a {@code COPY ... FROM STDIN}; {@link dev.driftgate.sqlscript.ScriptReader} reads a
 * file strictly as UTF-8 and inlines its includes within the project root, in one session. Depends
 * only on the error package.
 */
package dev.driftgate.sqlscript;
