package dev.driftgate.report;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The head of the default text report: per tier with findings, how many root causes of each
 * severity and of each kind, so that a long report is read from its totals down.
 *
 * <pre>
 * summary
 *   tier tenant  3 errors, 1 warning, 0 info (+5 related)
 *     error    column.type 1 · index.missing 1 · table.missing 1
 *     warning  comment.mismatch 1
 * </pre>
 */
final class TextSummary {
  private TextSummary() {}

  static List<String> lines(Report report) {
    Map<String, List<Finding>> byTier = new LinkedHashMap<>();
    for (CheckResult c : report.checks()) {
      byTier.computeIfAbsent(c.tier(), t -> new ArrayList<>()).addAll(c.findings());
    }
    List<String> lines = new ArrayList<>();
    lines.add("summary");
    byTier.forEach(
        (tier, findings) -> {
          if (!findings.isEmpty()) {
            lines.addAll(tier(tier, findings));
          }
        });
    return lines;
  }

  private static List<String> tier(String tier, List<Finding> findings) {
    long related = findings.stream().mapToLong(f -> f.related().size()).sum();
    List<String> lines = new ArrayList<>();
    lines.add(
        "  tier "
            + Visible.line(tier)
            + "  "
            + Verdict.counts(
                count(findings, Severity.ERROR),
                count(findings, Severity.WARNING),
                count(findings, Severity.INFO))
            + (related == 0 ? "" : " (+" + related + " related)"));
    for (Severity severity : Severity.values()) {
      Map<String, Long> kinds =
          findings.stream()
              .filter(f -> f.severity() == severity)
              .collect(
                  Collectors.groupingBy(f -> f.kind().id(), TreeMap::new, Collectors.counting()));
      if (!kinds.isEmpty()) {
        String counted =
            kinds.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(" · "));
        lines.add(String.format(Locale.ROOT, "    %-8s %s", severity.id(), counted));
      }
    }
    return lines;
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
