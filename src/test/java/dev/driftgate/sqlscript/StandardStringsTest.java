package dev.driftgate.sqlscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * standard_conforming_strings followed statically as the server reports it to psql: each case is a
 * script, and the setting the statement on the line after it is lexed with. Every expectation was
 * checked with SHOW on PostgreSQL 15.
 */
class StandardStringsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "SET standard_conforming_strings = off                              | false",
        "SET standard_conforming_strings TO 'off'                           | false",
        "set session STANDARD_CONFORMING_STRINGS = false                    | false",
        "SET standard_conforming_strings = 0                                | false",
        "SET standard_conforming_strings = n                                | false",
        "SET standard_conforming_strings = of                               | false",
        "SET \"Standard_Conforming_Strings\" = \"OFF\"                      | false",
        "SET standard_conforming_strings = E'off'                           | false",
        "SET standard_conforming_strings = o                                | true",
        "SET standard_conforming_strings = 'off '                           | true",
        "SET standard_conforming_strings = off, on                          | true",
        "SET standard_conforming_strings = 0.0                              | true",
        "SET standard_conforming_strings = 'o\\ff'                          | true",
        "SET LOCAL standard_conforming_strings = off                        | true",
        "SELECT set_config('standard_conforming_strings', 'off', false)     | false",
        "SELECT pg_catalog.set_config('STANDARD_conforming_strings', 'f', 'false') AS x | false",
        "SELECT set_config('standard_conforming_strings', 'off', true)      | true",
        "SELECT set_config('standard_conforming_strings', 'off', false), 1  | true",
        "SELECT set_config('search_path', 'off', false)                     | true",
        "SET standard_conforming_strings = off;\\nRESET standard_conforming_strings | true",
        "SET standard_conforming_strings = off;\\nRESET ALL                 | true",
        "SET standard_conforming_strings = off;\\nSET standard_conforming_strings TO DEFAULT | true",
        "SET standard_conforming_strings = off;\\nDISCARD ALL               | true",
        "SET standard_conforming_strings = off;\\nSET standard_conforming_strings = yes | true",
        "SET standard_conforming_strings = off;\\nSET search_path = public  | false",
        "BEGIN;\\nSET LOCAL standard_conforming_strings = off               | false",
        "BEGIN;\\nSET LOCAL standard_conforming_strings = off;\\nCOMMIT     | true",
        "BEGIN;\\nSET standard_conforming_strings = off;\\nCOMMIT           | false",
        "BEGIN;\\nSET standard_conforming_strings = off;\\nROLLBACK         | true",
        "START TRANSACTION;\\nSET standard_conforming_strings = off;\\nABORT | true",
        "BEGIN;\\nSET standard_conforming_strings = off;\\nEND              | false",
        "BEGIN;\\nSET standard_conforming_strings = off;\\nPREPARE TRANSACTION 'p' | false",
        "BEGIN;\\nSET standard_conforming_strings = off;\\nCOMMIT PREPARED 'p' | false",
        "BEGIN;\\nSET LOCAL standard_conforming_strings = off;\\nCOMMIT AND CHAIN | true",
        "BEGIN;\\nSET standard_conforming_strings = off;\\nROLLBACK AND CHAIN;\\nSET LOCAL standard_conforming_strings = off | false",
        "BEGIN;\\nSET standard_conforming_strings = off;\\nDISCARD ALL      | false",
        "BEGIN;\\nSAVEPOINT a;\\nSET standard_conforming_strings = off;\\nROLLBACK TO a | true",
        "BEGIN;\\nSET standard_conforming_strings = off;\\nSAVEPOINT a;\\nSET standard_conforming_strings = on;\\nSET LOCAL standard_conforming_strings = off;\\nRELEASE a | false",
        "BEGIN;\\nSET LOCAL standard_conforming_strings = off;\\nSAVEPOINT b;\\nSET standard_conforming_strings = on;\\nROLLBACK WORK TO SAVEPOINT b | false",
        "BEGIN;\\nSAVEPOINT a;\\nSAVEPOINT b;\\nSET standard_conforming_strings = off;\\nRELEASE SAVEPOINT a;\\nROLLBACK TO b | false",
        "BEGIN;\\nSET standard_conforming_strings = off;\\nBEGIN;\\nROLLBACK | true",
        "SET standard_conforming_strings = off;\\n\\c other                 | true",
      })
  void theNextLineIsLexedWithTheSettingTheServerReports(String script, boolean standardStrings) {
    String text = script.replace("\\n", "\n") + ";\nSELECT 'probe';\n";
    List<ScriptItem> items = SqlLexer.split(text, "a.sql");
    Statement probe = (Statement) items.get(items.size() - 1);
    assertThat(probe.sql()).isEqualTo("SELECT 'probe'");
    assertThat(probe.standardStrings()).isEqualTo(standardStrings);
  }

  @Test
  void aChangeTakesEffectFromTheNextLineAsPsqlSetsUpEachLine() {
    List<ScriptItem> items =
        SqlLexer.split(
            "SET standard_conforming_strings = off; SELECT 'a\\' AS on_line,\n'b\\'c' AS next;",
            "a.sql");
    assertThat(items).hasSize(2);
    Statement select = (Statement) items.get(1);
    assertThat(select.sql()).isEqualTo("SELECT 'a\\' AS on_line,\n'b\\'c' AS next");
    assertThat(select.standardStrings()).as("the setting of its first line").isTrue();
  }

  @Test
  void onlyPlainAndNationalLiteralsFollowTheSetting() {
    String off = "SET standard_conforming_strings = off;\n";
    assertThat(sqlOf(off + "SELECT B'1\\', X'\\', U&'\\' UESCAPE '!', E'\\'';"))
        .containsExactly(
            "SET standard_conforming_strings = off",
            "SELECT B'1\\', X'\\', U&'\\' UESCAPE '!', E'\\''");
    assertThat(sqlOf(off + "SELECT N'\\'', n'\\\\', '\\'';"))
        .containsExactly("SET standard_conforming_strings = off", "SELECT N'\\'', n'\\\\', '\\''");
    assertThat(sqlOf("SELECT N'\\'; SELECT 'x\\';"))
        .containsExactly("SELECT N'\\'", "SELECT 'x\\'");
  }

  @Test
  void aBitStringEndsAtItsFirstQuoteAsInPsql() {
    String off = "SET standard_conforming_strings = off;\n";
    // B'01' then a plain literal, which with the setting off escapes: one statement, as psql sends.
    assertThat(sqlOf(off + "SELECT B'01''\\';' AS x;"))
        .element(1)
        .isEqualTo("SELECT B'01''\\';' AS x");
  }

  @Test
  void statementsAreReadAgainWithTheirOwnSetting() {
    List<ScriptItem> items =
        SqlLexer.split(
            "SET standard_conforming_strings = off;\nSELECT 'it\\'s', x FROM t WHERE y = 'a;';",
            "a.sql");
    Statement s = (Statement) items.get(1);
    assertThat(s.tokens(20))
        .containsExactly(
            "SELECT", "<literal>", ",", "X", "FROM", "T", "WHERE", "Y", "=", "<literal>");
    assertThat(s.leadingWords(3)).containsExactly("SELECT");
    assertThat(new Statement(s.sql(), s.location(), s.kind()).tokens(20))
        .as("the same text with the setting on")
        .containsExactly("SELECT", "<literal>", "S", "<literal>", "A", ";", "<literal>");
  }

  private static List<String> sqlOf(String text) {
    return SqlLexer.split(text, "a.sql").stream().map(i -> ((Statement) i).sql()).toList();
  }
}
