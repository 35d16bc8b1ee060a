package dev.driftgate.sqlscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SqlLexerPropertiesTest {

  @Provide
  Arbitrary<GeneratedScript> scripts() {
    return GeneratedScript.scripts();
  }

  @Provide
  Arbitrary<GeneratedScript> scriptsWithStandardStringsOff() {
    return GeneratedScript.scripts(false);
  }

  @Property(tries = 1000)
  void splitFindsExactlyTheGeneratedStatementsAndLines(@ForAll("scripts") GeneratedScript script) {
    assertThat(split(script.text())).containsExactlyElementsOf(script.expected());
  }

  @Property(tries = 500)
  void withStandardStringsOffBackslashesEscapeInPlainLiterals(
      @ForAll("scriptsWithStandardStringsOff") GeneratedScript script) {
    assertThat(split(script.text())).containsExactlyElementsOf(script.expected());
  }

  @Property(tries = 500)
  void crlfLineEndsSplitLikeLf(@ForAll("scripts") GeneratedScript script) {
    List<String> crlf =
        split(script.text().replace("\n", "\r\n")).stream()
            .map(item -> item.replace("\r\n", "\n"))
            .toList();
    assertThat(crlf).containsExactlyElementsOf(split(script.text()));
  }

  private static List<String> split(String text) {
    return SqlLexer.split(text, "p.sql").stream().map(GeneratedScript::render).toList();
  }
}
