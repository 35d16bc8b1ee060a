package dev.driftgate.sqlscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 50 MB script must split in seconds. Timing is printed, not asserted, so a slow CI machine
 * cannot make the build flaky; a quadratic regression shows up as a run that never finishes.
 */
class LargeScriptSmokeTest {
  private static final int STATEMENTS = 400_000;

  @Test
  void splitsFiftyMegabytesOfFunctions() {
    StringBuilder script = new StringBuilder(STATEMENTS * 130);
    for (int i = 0; i < STATEMENTS; i++) {
      script
          .append("-- s")
          .append(i)
          .append("; 'q'\n")
          .append("CREATE FUNCTION f")
          .append(i)
          .append("(a int) RETURNS int LANGUAGE plpgsql AS $body$\nBEGIN\n  RETURN a + ")
          .append(i)
          .append("; -- ;\nEND;\n$body$;\n");
    }
    String text = script.toString();

    long started = System.nanoTime();
    List<ScriptItem> items = SqlLexer.split(text, "large.sql");
    long millis = (System.nanoTime() - started) / 1_000_000;

    System.out.printf(
        "LargeScriptSmokeTest: split %.1f MB into %d statements in %d ms%n",
        text.length() / 1e6, items.size(), millis);
    assertThat(items).hasSize(STATEMENTS);
    assertThat(items.get(STATEMENTS - 1).location().line()).isEqualTo(STATEMENTS * 6 - 4);
  }
}
