package dev.driftgate.junit;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Severity;
import dev.driftgate.report.CheckResult;
import dev.driftgate.report.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * The result of {@code verify} as dynamic tests: a container per tier, a test per check, failing
 * with every error finding of the check (where, both sides, the fix); skipped checks are aborted
 * with their reason.
 */
public final class DriftgateChecks {
  private final Report report;

  DriftgateChecks(Report report) {
    this.report = report;
  }

  /** The report itself, for assertions of one's own. */
  public Report report() {
    return report;
  }

  public Stream<DynamicNode> dynamicTests() {
    Map<String, List<CheckResult>> byTier = new LinkedHashMap<>();
    report
        .checks()
        .forEach(c -> byTier.computeIfAbsent(c.tier(), t -> new java.util.ArrayList<>()).add(c));
    return byTier.entrySet().stream()
        .map(
            e ->
                DynamicContainer.dynamicContainer(
                    "tier " + e.getKey(), e.getValue().stream().map(DriftgateChecks::test)));
  }

  private static DynamicNode test(CheckResult check) {
    return DynamicTest.dynamicTest(
        check.check().title(),
        () -> {
          Assumptions.assumeTrue(check.skipped() == null, check.skipped());
          List<Finding> errors =
              check.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
          if (!errors.isEmpty()) {
            throw new AssertionFailedError(
                errors.size()
                    + " finding(s):\n"
                    + errors.stream()
                        .map(DriftgateChecks::describe)
                        .collect(Collectors.joining("\n")));
          }
        });
  }

  private static String describe(Finding f) {
    String where = f.location() == null ? "" : " at " + f.location();
    String fix = f.fix() instanceof Fix.Sql sql ? "\n    fix: " + sql.sql() : "";
    return "  " + f.kind().id() + " " + f.object() + where + ": " + f.message() + fix;
  }
}
