package dev.driftgate.junit;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Severity;
import dev.driftgate.report.CheckResult;
import dev.driftgate.report.Report;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * The result of {@code verify} as dynamic tests: one per tier and check, named {@code tenant ·
 * entities ⇄ migrations}, failing with every error finding of the check (where, both sides, the
 * fix); skipped checks are aborted with their reason.
 */
public final class DriftgateChecks {
  private final Report report;
  private final Set<String> tiers;
  private final boolean failOnWarnings;

  DriftgateChecks(Report report) {
    this(report, Set.of(), false);
  }

  /**
   * @param tiers the tiers to turn into tests, or empty for all
   * @param failOnWarnings whether warnings fail a check too
   */
  DriftgateChecks(Report report, Set<String> tiers, boolean failOnWarnings) {
    this.report = report;
    this.tiers = Set.copyOf(tiers);
    this.failOnWarnings = failOnWarnings;
  }

  /** The report itself, for assertions of one's own. */
  public Report report() {
    return report;
  }

  /** A test per tier and check, in the report's order. */
  public Stream<DynamicNode> dynamicTests() {
    Set<String> present =
        report.checks().stream()
            .map(CheckResult::tier)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> unknown = new TreeSet<>(tiers);
    unknown.removeAll(present);
    if (!unknown.isEmpty()) {
      return Stream.of(
          DynamicTest.dynamicTest(
              "tiers " + unknown,
              () -> {
                throw new AssertionFailedError(
                    "@DriftgateProject(tiers) names " + unknown + "; the project has " + present);
              }));
    }
    return report.checks().stream()
        .filter(c -> tiers.isEmpty() || tiers.contains(c.tier()))
        .map(this::test);
  }

  private DynamicNode test(CheckResult check) {
    return DynamicTest.dynamicTest(
        check.tier() + " · " + check.check().title(),
        () -> {
          Assumptions.assumeTrue(check.skipped() == null, check.skipped());
          List<Finding> failing = check.findings().stream().filter(this::fails).toList();
          if (!failing.isEmpty()) {
            throw new AssertionFailedError(
                failing.size()
                    + " finding(s):\n"
                    + failing.stream()
                        .map(DriftgateChecks::describe)
                        .collect(Collectors.joining("\n")));
          }
        });
  }

  private boolean fails(Finding f) {
    return f.severity() == Severity.ERROR || failOnWarnings && f.severity() == Severity.WARNING;
  }

  private static String describe(Finding f) {
    String where = f.location() == null ? "" : " at " + f.location();
    String fix = f.fix() instanceof Fix.Sql sql ? "\n    fix: " + sql.sql() : "";
    return "  "
        + f.severity().id()
        + " "
        + f.kind().id()
        + " "
        + f.object()
        + where
        + ": "
        + f.message()
        + fix;
  }
}
