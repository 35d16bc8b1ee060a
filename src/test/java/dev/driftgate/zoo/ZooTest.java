package dev.driftgate.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.verify.Verify;
import dev.driftgate.config.ManifestReader;
import dev.driftgate.config.Tier;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Fix;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The drift zoo. Every scenario directory verifies to exactly the findings its expected.txt lists,
 * no more and no fewer; and where the setup/migrations findings carry SQL, appending that SQL to
 * the scenario's setup_databases.sql (in the right tier, in the order the kinds depend on each
 * other) makes the project verify with no finding at all. A scenario with a {@code release/}
 * directory (an earlier state of the project) verifies the upgrade path from it, as {@code
 * --baseline file:release}. {@code -Dgolden.update=true} rewrites expected.txt from what verify
 * reports: review the diff before committing it.
 */
class ZooTest {
  @TempDir Path dir;

  static Stream<Scenario> scenarios() {
    return Scenario.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void reportsExactlyItsFindingsAndItsFixesRemoveThem(Scenario scenario) throws IOException {
    Report report =
        new Verify(TestPostgres::server)
            .replayingOverRows(scenario.data())
            .run(scenario.dir(), scenario.baseline());
    List<String> actual = report.findings().stream().map(Scenario::line).sorted().toList();
    if (Boolean.getBoolean("golden.update")) {
      List<String> lines = new ArrayList<>(scenario.description());
      lines.addAll(actual);
      Files.write(scenario.expectedFile(), lines, StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual).as(report.findings().toString()).isEqualTo(scenario.expected());
    assertThat(report.findings())
        .as("every finding carries SQL or says why none can be derived")
        .allMatch(f -> f.fix() instanceof Fix.Sql || !((Fix.None) f.fix()).reason().isBlank());

    List<Finding> fixable = fixable(report);
    boolean upgradePath = !scenario.baseline().equals("none");
    if (!upgradePath && !fixable.isEmpty() && fixable.size() == drift(report).size()) {
      Path copy = dir.resolve(scenario.name());
      Projects.copyTree(scenario.dir(), copy);
      appendFixes(copy, fixable);
      Report after = new Verify(TestPostgres::server).run(copy);
      assertThat(after.findings()).as("findings after applying the fixes").isEmpty();
    }
  }

  private static List<Finding> drift(Report report) {
    return report.checks().stream()
        .filter(c -> c.check() == Check.SETUP_VS_MIGRATIONS)
        .map(CheckResult::findings)
        .flatMap(List::stream)
        .filter(f -> !f.severity().id().equals("info"))
        .toList();
  }

  private static List<Finding> fixable(Report report) {
    return drift(report).stream()
        .filter(f -> f.fix() instanceof Fix.Sql)
        .sorted(Comparator.comparing(f -> f.kind().ordinal()))
        .toList();
  }

  /** Appends each tier's fixes to the canonical script, after a \c line for that tier if any. */
  private static void appendFixes(Path project, List<Finding> fixes) throws IOException {
    StringBuilder sql = new StringBuilder("\n-- fixes suggested by driftgate\n");
    for (Tier tier : ManifestReader.read(project).tiers().values()) {
      List<Finding> ofTier = fixes.stream().filter(f -> f.tier().equals(tier.name())).toList();
      if (ofTier.isEmpty()) {
        continue;
      }
      if (tier.database() != null) {
        sql.append("\\c ").append(tier.database()).append('\n');
      }
      ofTier.forEach(f -> sql.append(((Fix.Sql) f.fix()).sql()).append('\n'));
    }
    Files.writeString(
        project.resolve("setup_databases.sql"),
        sql.toString(),
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }
}
