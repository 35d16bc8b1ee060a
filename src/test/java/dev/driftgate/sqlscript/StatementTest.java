package dev.driftgate.sqlscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTest {

  private static Statement only(String sql) {
    List<ScriptItem> items = SqlLexer.split(sql, "a.sql");
    assertThat(items).hasSize(1);
    return (Statement) items.get(0);
  }

  @Test
  void lineOfMapsServerPositionsToFileLines() {
    Statement s = only("\n\nSELECT 1,\n  2,\n  nope;");
    assertThat(s.location()).hasToString("a.sql:3");
    assertThat(s.lineOf(1)).isEqualTo(3);
    assertThat(s.lineOf(10)).isEqualTo(3);
    assertThat(s.lineOf(11)).isEqualTo(4);
    assertThat(s.lineOf(s.sql().indexOf("nope") + 1)).isEqualTo(5);
    assertThat(s.lineOf(10_000)).isEqualTo(5);
    assertThatThrownBy(() -> s.lineOf(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lineOfCountsCharactersNotUtf16Units() {
    Statement s = only("SELECT '😀😀',\r\n  x");
    // PostgreSQL counts each emoji as one character: x is character 17.
    assertThat(s.sql().codePointCount(0, s.sql().length())).isEqualTo(17);
    assertThat(s.lineOf(13)).isEqualTo(1);
    assertThat(s.lineOf(14)).as("the line feed itself").isEqualTo(1);
    assertThat(s.lineOf(15)).isEqualTo(2);
    assertThat(s.lineOf(17)).isEqualTo(2);
  }

  @Test
  void leadingWordsSkipCommentsAndStopAtTheFirstNonWord() {
    Statement s = only("/* c */ create -- x\n unique /* y */ Index CONCURRENTLY \"i\" ON t (a);");
    assertThat(s.leadingWords(3)).containsExactly("CREATE", "UNIQUE", "INDEX");
    assertThat(s.leadingWords(10)).containsExactly("CREATE", "UNIQUE", "INDEX", "CONCURRENTLY");
    assertThat(s.leadingWords(0)).isEmpty();
    assertThat(only("SELECT $1").leadingWords(5)).containsExactly("SELECT");
    assertThat(only("(SELECT 1)").leadingWords(5)).isEmpty();
  }

  @Test
  void sqlStartsAtTheFirstTokenAndIsRightTrimmed() {
    Statement s = only("  -- lead\n/* lead */  SELECT 1 /* in */ \t\n ;");
    assertThat(s.sql()).isEqualTo("SELECT 1 /* in */");
    assertThat(s.location().line()).isEqualTo(2);
  }

  @Test
  void rightTrimKeepsNonAsciiSpacesThatPostgresReadsAsIdentifierCharacters() {
    assertThat(only("SELECT x\u00A0;").sql()).isEqualTo("SELECT x\u00A0");
  }
}
