package dev.driftgate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.report.Format;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code --format} and {@code --output} pair up, and the combinations that are refused. */
class DestinationTest {

  @Test
  void oneFormatWithoutOutputGoesToStdout() {
    assertThat(Destination.plan(List.of(Format.JSON), List.of()))
        .containsExactly(new Destination(Format.JSON, null));
  }

  @Test
  void outputsPairWithFormatsByPosition() {
    List<Destination> plan =
        Destination.plan(
            List.of(Format.GITHUB, Format.JUNIT, Format.MARKDOWN),
            List.of("-", "reports/junit.xml", "summary.md"));

    assertThat(plan)
        .containsExactly(
            new Destination(Format.GITHUB, null),
            new Destination(Format.JUNIT, Path.of("reports/junit.xml")),
            new Destination(Format.MARKDOWN, Path.of("summary.md")));
  }

  @Test
  void oneDirectoryTakesEveryFormatUnderItsStandardName() {
    List<Destination> plan =
        Destination.plan(List.of(Format.JSON, Format.JUNIT, Format.SARIF), List.of("out/"));

    assertThat(plan)
        .extracting(d -> d.file().toString().replace('\\', '/'))
        .containsExactly("out/driftgate.json", "out/driftgate-junit.xml", "out/driftgate.sarif");
  }

  @Test
  void severalFormatsWithoutOutputAreRefusedWithThePairingExplained() {
    assertThatThrownBy(() -> Destination.plan(List.of(Format.JSON, Format.JUNIT), List.of()))
        .isInstanceOf(DriftgateException.class)
        .hasMessageStartingWith("2 formats but no --output")
        .hasMessageContaining("the n-th --output for the n-th --format")
        .hasMessageContaining("--output DIR/");
  }

  @Test
  void countsThatDoNotPairAreRefused() {
    assertThatThrownBy(
            () ->
                Destination.plan(
                    List.of(Format.JSON, Format.JUNIT, Format.SARIF), List.of("a.json", "b.xml")))
        .hasMessageStartingWith("3 --format but 2 --output");
  }

  @Test
  void twoReportsOnStdoutOrInOneFileAreRefused() {
    assertThatThrownBy(
            () -> Destination.plan(List.of(Format.JSON, Format.GITHUB), List.of("-", "-")))
        .hasMessageContaining("more than one report would go to stdout");
    assertThatThrownBy(
            () -> Destination.plan(List.of(Format.JSON, Format.SARIF), List.of("r.json", "r.json")))
        .hasMessageContaining("r.json would receive two reports");
  }
}
