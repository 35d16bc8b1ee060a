package dev.driftgate.report;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit XML in the shape Surefire writes and Jenkins, GitLab and GitHub test-report views read: one
 * test suite per tier, one test case per check (class name = tier, name = check title). A check
 * with errors fails with its findings; a skipped check is skipped with its reason; warnings of a
 * passing check go to its standard output.
 */
final class JunitRenderer implements Renderer {

  @Override
  public void render(Report report, Writer out) throws IOException {
    Map<String, List<CheckResult>> tiers = new LinkedHashMap<>();
    report.checks().forEach(c -> tiers.computeIfAbsent(c.tier(), t -> new ArrayList<>()).add(c));
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.append("<testsuites name=\"driftgate\"")
        .append(counts(report.checks()))
        .append(" time=\"")
        .append(seconds(report.millis()))
        .append("\">\n");
    for (Map.Entry<String, List<CheckResult>> tier : tiers.entrySet()) {
      suite(s, report, tier.getKey(), tier.getValue());
    }
    s.append("</testsuites>\n");
    out.write(s.toString());
  }

  private static void suite(StringBuilder s, Report report, String tier, List<CheckResult> checks) {
    long millis = checks.stream().mapToLong(CheckResult::millis).sum();
    s.append("  <testsuite name=\"")
        .append(Xml.attribute(tier))
        .append('"')
        .append(counts(checks))
        .append(" time=\"")
        .append(seconds(millis))
        .append("\">\n");
    s.append("    <properties>\n");
    property(s, "project", report.project());
    property(s, "postgres.version", report.serverVersion());
    property(s, "postgres.mode", report.serverMode());
    s.append("    </properties>\n");
    checks.forEach(c -> testCase(s, c));
    s.append("  </testsuite>\n");
  }

  private static void testCase(StringBuilder s, CheckResult c) {
    s.append("    <testcase classname=\"")
        .append(Xml.attribute(c.tier()))
        .append("\" name=\"")
        .append(Xml.attribute(c.check().title()))
        .append("\" time=\"")
        .append(seconds(c.millis()))
        .append('"');
    if (c.skipped() != null) {
      s.append(">\n      <skipped message=\"").append(Xml.attribute(c.skipped())).append("\"/>\n");
    } else if (c.failed()) {
      Finding first =
          Finding.flattened(c.findings())
              .filter(f -> f.severity() == Severity.ERROR)
              .findFirst()
              .get();
      s.append(">\n      <failure message=\"")
          .append(Xml.attribute(first.message()))
          .append("\" type=\"")
          .append(Xml.attribute(first.kind().id()))
          .append("\">")
          .append(Xml.text(describe(c.findings())))
          .append("</failure>\n");
    } else if (!c.findings().isEmpty()) {
      s.append(">\n      <system-out>")
          .append(Xml.text(describe(c.findings())))
          .append("</system-out>\n");
    } else {
      s.append("/>\n");
      return;
    }
    s.append("    </testcase>\n");
  }

  private static String describe(List<Finding> findings) {
    StringBuilder s = new StringBuilder();
    for (Finding f : findings) {
      s.append(f.severity().id())
          .append(' ')
          .append(f.kind().id())
          .append(' ')
          .append(f.object())
          .append('\n');
      s.append(indent(f.message())).append('\n');
      FindingDetail.lines(f).forEach(line -> s.append(indent(line)).append('\n'));
      for (Finding r : f.related()) {
        s.append("  related: ").append(r.severity().id()).append(' ').append(r.kind().id());
        s.append(' ').append(r.object()).append('\n');
        s.append(indent(indent(r.message()))).append('\n');
      }
    }
    return s.toString();
  }

  private static String indent(String line) {
    return "  " + line.replace("\n", "\n    ");
  }

  private static void property(StringBuilder s, String name, String value) {
    s.append("      <property name=\"")
        .append(Xml.attribute(name))
        .append("\" value=\"")
        .append(Xml.attribute(value))
        .append("\"/>\n");
  }

  private static String counts(List<CheckResult> checks) {
    long failures = checks.stream().filter(CheckResult::failed).count();
    long skipped = checks.stream().filter(c -> c.skipped() != null).count();
    return " tests=\""
        + checks.size()
        + "\" failures=\""
        + failures
        + "\" errors=\"0\" skipped=\""
        + skipped
        + '"';
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
