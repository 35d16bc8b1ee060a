package dev.driftgate.sqlscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlLexerErrorTest {

  private static String errorOf(String sql) {
    DriftgateException e =
        catchThrowableOfType(DriftgateException.class, () -> SqlLexer.split(sql, "m/a.sql"));
    assertThat(e).as("expected a DriftgateException for %s", sql).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT);
    return e.getMessage();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "quoted string | SELECT 1;\\n\\nSELECT 'abc;\\n; | 3 | quoted string",
        "escape string | SELECT 1;\\nSELECT E'it\\'s; | 2 | escape string E'...'",
        "bit string | SELECT B'0101 | 1 | quoted string",
        "unicode string | SELECT 1;\\nSELECT U&'x | 2 | quoted string",
        "quoted identifier | SELECT 1;\\nSELECT \"a\"\"b;\\n | 2 | quoted identifier",
        "unicode identifier | SELECT U&\"x | 1 | quoted identifier",
        "block comment | SELECT 1;\\n/* a /* b */ c;\\n | 2 | /* comment",
        "dollar quote | SELECT 1;\\n\\n\\nDO $body$ x; $bdy$; | 4 | dollar-quoted string $body$",
        "empty dollar tag | SELECT $$ x; | 1 | dollar-quoted string $$",
      })
  void unterminatedConstructNamesWhereItStarts(String name, String sql, int line, String what) {
    String input = sql.replace("\\n", "\n");
    assertThat(errorOf(input))
        .isEqualTo("m/a.sql:" + line + ": unterminated " + what + " (opened here, never closed)");
    assertThat(errorOf(input.replace("\n", "\r\n"))).startsWith("m/a.sql:" + line + ":");
  }

  @Test
  void unsupportedMetaCommandListsTheSupportedOnes() {
    assertThat(errorOf("SELECT 1;\n\\gexec\n"))
        .isEqualTo(
            "m/a.sql:2: unsupported psql meta-command \\gexec (supported: \\c, \\connect, \\i,"
                + " \\ir, \\include, \\include_relative, \\set, \\unset, \\echo, \\q, \\restrict,"
                + " \\unrestrict, \\encoding)");
    assertThat(errorOf("\\if :x\n")).contains("unsupported psql meta-command \\if");
    assertThat(errorOf("\\copy t from 'x.csv'\n")).contains("\\copy");
  }

  @Test
  void metaCommandInsideAnUnfinishedStatementIsRejected() {
    assertThat(errorOf("SELECT 1;\nSELECT\n  2\n\\echo hi\n;"))
        .isEqualTo(
            "m/a.sql:4: meta-command inside an unfinished statement (started at line 2); end the"
                + " statement with ';' before the meta-command");
    assertThat(errorOf("SELECT 1 \\c other\n")).contains("inside an unfinished statement");
  }

  @Test
  void connectWithMoreThanADatabaseIsRejected() {
    assertThat(errorOf("\\c db alice localhost 5432\n"))
        .startsWith("m/a.sql:1: \\c db alice localhost 5432: only database switching is supported");
    assertThat(errorOf("\\connect -reuse-previous=off db\n")).contains("only database switching");
    assertThat(errorOf("\\c 'dbname=x host=y'\n")).contains("only database switching");
    assertThat(errorOf("\\c -reuse-previous=on 'dbname=x host=y'\n"))
        .contains("only database switching");
    assertThat(errorOf("\\c \"dbname=x\"\n"))
        .as("a connection string reuses nothing by default")
        .contains("only database switching");
    assertThat(errorOf("\\c -reuse-previous=maybe x\n"))
        .isEqualTo("m/a.sql:1: \\c: -reuse-previous=maybe is not a boolean (on or off)");
    assertThat(errorOf("\\c -reuse-previous=on \"dbname='open\"\n"))
        .contains("only database switching");
    assertThat(errorOf("\\c postgresql://h/db\n")).contains("only database switching");
    assertThat(errorOf("\\c\n")).isEqualTo("m/a.sql:1: \\c needs a database name");
  }

  @Test
  void metaCommandsUnderRestrictAreRejectedLikePsqlDoes() {
    assertThat(errorOf("\\restrict k1\nSELECT 1;\n\\echo hi\n"))
        .isEqualTo(
            "m/a.sql:3: meta-command after \\restrict (m/a.sql:1): psql refuses every meta-command"
                + " but \\unrestrict until then");
    assertThat(errorOf("\\restrict k1\n\\restrict k1\n")).contains("meta-command after");
    assertThat(errorOf("\\restrict k1\n\\i x.sql\n")).contains("meta-command after");
    assertThat(errorOf("\\restrict k1\n\\unrestrict k2\n"))
        .isEqualTo("m/a.sql:2: \\unrestrict with another key than the \\restrict at m/a.sql:1");
    assertThat(errorOf("SELECT 1;\n\\unrestrict k1\n"))
        .isEqualTo("m/a.sql:2: \\unrestrict without a \\restrict before it");
    assertThat(errorOf("\\restrict\n")).contains("\\restrict takes a key, got 0 arguments");
  }

  @Test
  void encodingsOtherThanUtf8AreRejected() {
    assertThat(errorOf("\\encoding LATIN1\n"))
        .isEqualTo(
            "m/a.sql:1: \\encoding LATIN1: scripts are read and sent as UTF-8; only UTF8 or"
                + " SQL_ASCII keep their meaning");
    assertThat(SqlLexer.split("\\encoding utf-8\n\\encoding SQL_ASCII\n\\encoding\n", "a.sql"))
        .hasSize(3);
  }

  @Test
  void statementAfterCopyFromStdinOnItsLineIsRejected() {
    assertThat(errorOf("COPY t FROM stdin; SELECT 1;\n1\n\\.\n"))
        .isEqualTo(
            "m/a.sql:1: text after COPY ... FROM STDIN on the line it ends: psql runs it only after"
                + " the data that follows; put it on a line of its own");
    assertThat(errorOf("COPY t FROM stdin; /* open\n1\n\\.\n*/")).contains("text after COPY");
  }

  @Test
  void unterminatedPlainStringSaysWhenBackslashesEscape() {
    assertThat(errorOf("SET standard_conforming_strings = off;\nSELECT 'C:\\';\n"))
        .isEqualTo(
            "m/a.sql:2: unterminated quoted string (standard_conforming_strings is off here: a"
                + " backslash escapes the next character) (opened here, never closed)");
  }

  @Test
  void statementCombiningEscapesAreRejected() {
    assertThat(errorOf("SELECT 1 \\; SELECT 2;")).contains("\\; is not supported");
    assertThat(errorOf("SELECT \\:x;")).contains("\\: is not supported");
  }

  @Test
  void malformedMetaCommandArgumentsAreRejected() {
    assertThat(errorOf("\\set\n")).isEqualTo("m/a.sql:1: \\set needs a variable name");
    assertThat(errorOf("\\set 'a b' 1\n")).contains("invalid variable name \"a b\"");
    assertThat(errorOf("\\unset\n")).contains("\\unset takes one variable name, got 0");
    assertThat(errorOf("\\i\n")).contains("\\i takes a file path, got 0 arguments");
    assertThat(errorOf("\\i a.sql b.sql\n")).contains("got 2 arguments");
    assertThat(errorOf("\\ir ''\n")).contains("\\ir needs a file path");
    assertThat(errorOf("\\q now\n")).contains("\\q takes no arguments");
    assertThat(errorOf("\\echo 'open\nSELECT 1;"))
        .isEqualTo("m/a.sql:1: unterminated quoted string in the arguments of \\echo");
    assertThat(errorOf("\\set x `date`\n")).contains("backquoted shell commands");
  }

  @Test
  void errorsAfterQuitAreNeverReached() {
    assertThat(SqlLexer.split("\\q\nSELECT 'open", "m/a.sql")).hasSize(1);
  }
}
