package dev.driftgate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The float(p) rule the entity side needs: Hibernate renders double as float(53). */
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
}
