package dev.driftgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line diff the default text report shows for long bodies, on small texts with known hunks. */
class LineDiffTest {

  @Test
  void equalTextsHaveNoHunk() {
    assertThat(LineDiff.unified("a\nb\nc", "a\nb\nc")).isEmpty();
  }

  @Test
  void aChangedLineIsOneHunkWithOneLineOfContext() {
    assertThat(LineDiff.unified("a\nb\nc\nd\ne", "a\nb\nX\nd\ne"))
        .containsExactly("@@ -2,3 +2,3 @@", " b", "-c", "+X", " d");
  }

  @Test
  void distantChangesAreSeparateHunks() {
    List<String> diff = LineDiff.unified("1\n2\n3\n4\n5\n6\n7\n8", "X\n2\n3\n4\n5\n6\n7\nY");
    assertThat(diff)
        .containsExactly("@@ -1,2 +1,2 @@", "-1", "+X", " 2", "@@ -7,2 +7,2 @@", " 7", "-8", "+Y");
  }

  @Test
  void insertedAndRemovedLinesCountOnTheirSideOnly() {
    assertThat(LineDiff.unified("a\nb\nc", "a\nb\nnew\nc"))
        .containsExactly("@@ -2,2 +2,3 @@", " b", "+new", " c");
    assertThat(LineDiff.unified("a\nold\nb", "a\nb"))
        .containsExactly("@@ -1,3 +1,2 @@", " a", "-old", " b");
  }
}
