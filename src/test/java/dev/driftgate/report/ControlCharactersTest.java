package dev.driftgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Severity;
import dev.driftgate.diff.Source;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A value with control characters is shown escaped in the human formats, so that two values that
 * differ only in them never print the same; the machine formats keep the exact value.
 */
class ControlCharactersTest {
  /** A carriage return inside a literal: on a terminal, both sides used to read 'b'::text. */
  private static final String SETUP = "'a\rb'::text";

  private static final String MIGRATIONS = "'b'::text";

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Format.class,
      names = {"TEXT", "MARKDOWN", "GITHUB"})
  void humanFormatsShowEveryControlCharacterEscaped(Format format) throws IOException {
    String rendered = render(format);
    // Markdown shows \\ as \ and \[ as [: compare what the reader sees
    String out =
        format == Format.MARKDOWN
            ? rendered.replaceAll("\\\\([\\\\`*_\\[\\]<>|~$#])", "$1")
            : rendered;

    assertThat(out).contains("a\\rb").contains("\\t").contains("\\x00").contains("\\x1b[2J");
    assertThat(out).contains("\\x7f").contains("\\u202e");
    assertThat(rendered.replace("\n", "")).doesNotContainPattern("[\\x00-\\x1f\\x7f\\u202e]");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Format.class,
      names = {"JSON", "SARIF"})
  void machineFormatsKeepTheExactValue(Format format) throws IOException {
    String out = render(format);

    assertThat(out).contains("'a\\rb'::text").doesNotContain("'a\\\\rb'");
  }

  private static String render(Format format) throws IOException {
    return GoldenRenderTest.render(report(), format, RenderOptions.plain(GoldenRenderTest.VERSION));
  }

  private static Report report() {
    Finding f =
        new Finding(
            FindingKind.COLUMN_DEFAULT,
            Severity.ERROR,
            "tenant",
            "public.items.note\u202e",
            Source.SETUP,
            Source.MIGRATIONS,
            SETUP + "\t\0",
            MIGRATIONS + "\u001b[2J\u007f",
            "setup_databases.sql:3",
            "migrations/m1.sql:2",
            "public.items.note: default "
                + SETUP
                + "\t\0 in setup_databases.sql, "
                + MIGRATIONS
                + "\u001b[2J\u007f in the migrations",
            Fix.sql("ALTER TABLE public.items ALTER COLUMN note SET DEFAULT " + MIGRATIONS + ";"));
    return new Report(
        "verify",
        ".",
        "embedded",
        "15.19",
        List.of(
            new CheckResult(
                "tenant", Check.SETUP_VS_MIGRATIONS, List.of(f), null, "1 difference", 10)),
        List.of(),
        List.of(),
        100);
  }
}
