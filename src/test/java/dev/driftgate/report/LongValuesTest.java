package dev.driftgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Severity;
import dev.driftgate.diff.Source;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A value of megabytes (a migration's {@code RAISE EXCEPTION} with a 5 MB message) is cut in the
 * human formats, saying how much was left out; the machine formats keep it whole.
 */
class LongValuesTest {
  private static final String HUGE = "y".repeat(5_000_000);

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Format.class,
      names = {"TEXT", "MARKDOWN", "GITHUB"})
  void humanFormatsCutEachLongLine(Format format) throws IOException {
    String out = render(format);

    int longest = Arrays.stream(out.split("\n")).mapToInt(String::length).max().orElse(0);
    assertThat(longest).isLessThan(3 * Visible.MAX_LINE);
    assertThat(out).contains("more characters; --format json has them all)");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Format.class,
      names = {"JSON"})
  void machineFormatsKeepTheWholeValue(Format format) throws IOException {
    assertThat(render(format)).contains(HUGE);
  }

  private static String render(Format format) throws IOException {
    Finding failed =
        new Finding(
            FindingKind.MIGRATION_FAILED,
            Severity.ERROR,
            "tenant",
            "m2",
            Source.MIGRATIONS,
            Source.MIGRATIONS,
            null,
            null,
            "migrations/m2.sql:1",
            "migrations/m2.sql:1",
            "migration m2 fails: " + HUGE,
            null);
    Report report =
        new Report(
            "verify",
            ".",
            "embedded",
            "15.19",
            List.of(
                new CheckResult(
                    "tenant", Check.MIGRATIONS, List.of(failed), null, "1 migration failed", 10)),
            List.of(),
            List.of(),
            100);
    return GoldenRenderTest.render(report, format, RenderOptions.plain(GoldenRenderTest.VERSION));
  }
}
