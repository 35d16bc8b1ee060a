package dev.driftgate.app.build;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Blame finds where a statement names a column: the one-pass index of every word must give the
 * position the per-column regular expression gives, for any text.
 */
class BlameMentionsTest {
  @Property(tries = 3000)
  void theOnePassIndexAgreesWithTheRegularExpression(
      @ForAll("texts") String sql, @ForAll("names") String name) {
    assertThat(Blame.firstMentions(sql).getOrDefault(name, -1))
        .isEqualTo(Blame.firstMention(sql, name));
  }

  @Example
  void aQuotedNameIsFoundAtItsQuoteAndAPartOfALongerWordIsNot() {
    String sql = "ALTER TABLE t ADD COLUMN state_id int,\n  ADD \"state\" text";
    assertThat(Blame.firstMentions(sql)).containsEntry("state", sql.indexOf("\"state\""));
    assertThat(Blame.firstMention(sql, "state")).isEqualTo(sql.indexOf("\"state\""));
    assertThat(Blame.firstMentions("x\"state\"")).doesNotContainKey("state");
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab_1\" .é\n(").ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars("ab_1").ofMinLength(1).ofMaxLength(3);
  }
}
