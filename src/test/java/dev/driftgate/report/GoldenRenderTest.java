package dev.driftgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.report.RenderOptions.Detail;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every renderer on the sample reports, compared with {@code src/test/resources/golden/<format>/}.
 * With {@code -Dgolden.update=true} the files are rewritten, so a deliberate change of a format is
 * reviewed as a diff of its output.
 */
class GoldenRenderTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  static final String VERSION = "1.2.3";

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Format format : Format.values()) {
      cases.add(Arguments.of(format, "clean", RenderOptions.plain(VERSION)));
      cases.add(Arguments.of(format, "drift", RenderOptions.plain(VERSION)));
    }
    cases.add(Arguments.of(Format.TEXT, "drift-color", options(true, Detail.FULL, false)));
    cases.add(Arguments.of(Format.TEXT, "drift-compact", options(false, Detail.COMPACT, false)));
    cases.add(Arguments.of(Format.TEXT, "clean-compact", options(false, Detail.COMPACT, false)));
    cases.add(Arguments.of(Format.TEXT, "drift-verbose", options(false, Detail.FULL, true)));
    cases.add(Arguments.of(Format.TEXT, "drift-summary", options(false, Detail.SUMMARY, false)));
    cases.add(Arguments.of(Format.TEXT, "drift-quiet", options(false, Detail.VERDICT, false)));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void matchesGoldenFile(Format format, String name, RenderOptions options) throws IOException {
    Report report = name.startsWith("clean") ? SampleReports.clean() : SampleReports.drift();
    String actual = render(report, format, options);
    Path golden = GOLDEN.resolve(format.id()).resolve(name + extension(format));
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  static String render(Report report, Format format, RenderOptions options) throws IOException {
    StringWriter out = new StringWriter();
    Renderer.of(format, options).render(report, out);
    return out.toString();
  }

  private static RenderOptions options(boolean color, Detail detail, boolean timings) {
    return new RenderOptions(color, detail, timings, VERSION);
  }

  private static String extension(Format format) {
    String name = format.fileName();
    return name.substring(name.lastIndexOf('.'));
  }
}
