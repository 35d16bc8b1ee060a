package dev.driftgate.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.verify.Verify;
import dev.driftgate.app.verify.fixscript.FixProof;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Fix;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import dev.driftgate.report.Report;
import dev.driftgate.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The drift zoo. Every scenario directory verifies to exactly the findings its expected.txt lists,
 * no more and no fewer; and its fix script ({@code verify --fix-script}), applied by verify's own
 * proof to a copy of each tier's database, applies and leaves no difference but column order
 * (scenarios that cannot converge are listed in {@link Unfixable}, with the reason). A scenario
 * with a {@code release/} directory (an earlier state of the project) verifies the upgrade path
 * from it, as {@code --baseline file:release}. {@code -Dgolden.update=true} rewrites expected.txt
 * from what verify reports: review the diff before committing it.
 */
class ZooTest {
  static Stream<Scenario> scenarios() {
    return Scenario.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void reportsExactlyItsFindingsAndItsFixScriptRemovesThem(Scenario scenario) {
    Verify.WithFixScript run =
        new Verify(TestPostgres::server)
            .replayingOverRows(scenario.data())
            .runWithFixScript(scenario.dir(), scenario.baseline(), "fix.sql");
    Report report = run.report();
    List<String> actual = report.findings().stream().map(Scenario::entry).sorted().toList();
    if (Boolean.getBoolean("golden.update")) {
      write(scenario, actual);
      return;
    }
    assertThat(actual).as(report.findings().toString()).isEqualTo(scenario.expected());
    assertThat(report.allFindings())
        .as("every finding carries SQL or says why none can be derived")
        .allMatch(f -> f.fix() instanceof Fix.Sql || !((Fix.None) f.fix()).reason().isBlank());
    assertFixScriptConverges(scenario, run);
  }

  /**
   * The fix script's proof: every tier with fixes gets one, and it converges, except in the
   * scenarios {@link Unfixable} lists, where it must not (so that the list stays true).
   */
  private static void assertFixScriptConverges(Scenario scenario, Verify.WithFixScript run) {
    Set<String> tiersWithFixes =
        run.report().checks().stream()
            .filter(c -> c.check() == Check.SETUP_VS_MIGRATIONS)
            .flatMap(c -> c.findings().stream())
            .filter(f -> f.fix() instanceof Fix.Sql)
            .map(Finding::tier)
            .collect(Collectors.toSet());
    assertThat(run.proofs().stream().map(FixProof.Result::tier).collect(Collectors.toSet()))
        .as("a proof for every tier with fixes")
        .isEqualTo(tiersWithFixes);
    String why = Unfixable.REASONS.get(scenario.name());
    boolean converged = run.proofs().stream().allMatch(FixProof.Result::converged);
    boolean unfixed = drift(run.report()).stream().anyMatch(f -> !(f.fix() instanceof Fix.Sql));
    if (why == null) {
      assertThat(run.proofs())
          .as("the fix script applies and converges:\n" + run.script())
          .allMatch(FixProof.Result::converged);
      assertThat(unfixed).as("every difference has SQL that removes it").isFalse();
    } else {
      assertThat(converged && !unfixed)
          .as("listed as not converging (" + why + ") but it does:\n" + run.script())
          .isFalse();
    }
  }

  private static void write(Scenario scenario, List<String> actual) {
    List<String> lines = new ArrayList<>(scenario.description());
    actual.forEach(entry -> lines.addAll(List.of(entry.split("\n"))));
    try {
      Files.write(scenario.expectedFile(), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The setup ⇄ migrations differences the fix script is made of (information aside). */
  private static List<Finding> drift(Report report) {
    return report.checks().stream()
        .filter(c -> c.check() == Check.SETUP_VS_MIGRATIONS)
        .map(CheckResult::findings)
        .flatMap(List::stream)
        .filter(f -> !f.severity().id().equals("info"))
        .toList();
  }
}
