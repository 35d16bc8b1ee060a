package dev.driftgate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules that need more cases than a zoo scenario shows: each removes a false alarm, none hides one.
 */
class EquivalenceTest {
  @Test
  void floatWithBinaryPrecisionIsRealOrDoublePrecision() {
    assertThat(Equivalence.sameType("float(53)", "double precision")).isTrue();
    assertThat(Equivalence.sameType("float(24)", "real")).isTrue();
    assertThat(Equivalence.sameType("float(1)", "float4")).isTrue();
  }

  @Test
  void floatPrecisionStillTellsRealFromDoublePrecision() {
    assertThat(Equivalence.sameType("float(24)", "double precision")).isFalse();
    assertThat(Equivalence.sameType("float(25)", "real")).isFalse();
    assertThat(Equivalence.sameType("float(53)[]", "double precision")).isFalse();
  }

  @Test
  void nullInAnyCastIsNoDefault() {
    assertThat(Equivalence.canonicalDefault("NULL")).isNull();
    assertThat(Equivalence.canonicalDefault("NULL::character varying")).isNull();
    assertThat(Equivalence.canonicalDefault("(NULL::character varying)::text")).isNull();
    assertThat(Equivalence.canonicalDefault("NULL::public.\"Mood\"")).isNull();
    assertThat(Equivalence.canonicalDefault("NULL::numeric(10,2)[]")).isNull();
  }

  @Test
  void aNullInsideAnExpressionIsStillADefault() {
    assertThat(Equivalence.canonicalDefault("'NULL'::text")).isEqualTo("'NULL'");
    assertThat(Equivalence.canonicalDefault("COALESCE(NULL::text, 'x'::text)")).isNotNull();
    assertThat(Equivalence.canonicalDefault("(NULL::integer + 1)")).isNotNull();
    assertThat(Equivalence.sameDefault("NULL::text", "''::text")).isFalse();
  }

  @Test
  void aListOfStringsComparedWithAColumnDeparsesOneWayBeforeAlterTypeAndAnotherAfter() {
    String created =
        "CHECK (((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character"
            + " varying])::text[])))";
    String altered =
        "CHECK (((status)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character"
            + " varying)::text])))";
    assertThat(Equivalence.canonicalExpression(created))
        .isEqualTo(Equivalence.canonicalExpression(altered))
        .isEqualTo("CHECK (((status)::text = ANY (ARRAY['a'::text, 'b'::text])))");
  }

  @Test
  void theSameHoldsForPrettyPrintedDefinitions() {
    String created =
        "CHECK (status::text = ANY (ARRAY['a'::character varying, 'b'::bpchar]::text[]))";
    String altered =
        "CHECK (status::text = ANY (ARRAY['a'::character varying::text, 'b'::bpchar::text]))";
    assertThat(Equivalence.canonicalExpression(created))
        .isEqualTo(Equivalence.canonicalExpression(altered))
        .isEqualTo("CHECK (status::text = ANY (ARRAY['a'::text, 'b'::text]))");
  }

  @Test
  void otherListsStayApart() {
    String ab =
        "CHECK (((s)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))";
    String ac =
        "CHECK (((s)::text = ANY (ARRAY[('a'::character varying)::text, ('c'::character varying)::text])))";
    assertThat(Equivalence.canonicalExpression(ab))
        .isNotEqualTo(Equivalence.canonicalExpression(ac));
  }
}
