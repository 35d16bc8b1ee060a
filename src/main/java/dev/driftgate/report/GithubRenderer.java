package dev.driftgate.report;

import dev.driftgate.diff.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GitHub Actions workflow commands: annotations ({@code ::error}, {@code ::warning} or {@code
 * ::notice}) on the file and line of each side of a finding, with both sides and the fix in the
 * message. Printed to a step's standard output, they appear on the pull request's diff. One
 * annotation per root cause: the findings it causes are listed in its message, not annotated.
 */
final class GithubRenderer implements Renderer {

  @Override
  public void render(Report report, Writer out) throws IOException {
    StringBuilder s = new StringBuilder();
    Set<String> written = new HashSet<>();
    for (Finding f : report.findings()) {
      String title = "title=" + property(f.kind().id() + " " + Visible.line(f.object()));
      String message = data(message(f));
      for (FileLine where : places(report, f)) {
        List<String> properties = new ArrayList<>();
        if (where != null) {
          properties.add("file=" + property(where.path()));
          if (where.line() > 0) {
            properties.add("line=" + where.line());
          }
        }
        properties.add(title);
        String annotation = "::" + command(f) + ' ' + String.join(",", properties);
        // one annotation per line and finding kind, even when two checks find it
        if (written.add(annotation)) {
          s.append(annotation).append("::").append(message).append('\n');
        }
      }
    }
    out.write(s.toString());
  }

  /**
   * Where a finding is annotated: on each side's file and line, so that a pull request that changed
   * only one side sees it on its own diff; once, without a file, when neither side has one.
   */
  private static List<FileLine> places(Report report, Finding f) {
    List<FileLine> places = new ArrayList<>();
    for (String location : new String[] {f.leftLocation(), f.rightLocation()}) {
      FileLine where = FileLine.of(report.project(), location);
      if (where != null && !places.contains(where)) {
        places.add(where);
      }
    }
    if (places.isEmpty()) {
      places.add(null);
    }
    return places;
  }

  private static String command(Finding f) {
    return switch (f.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  private static String message(Finding f) {
    List<String> lines = new ArrayList<>();
    lines.add(f.message());
    lines.addAll(FindingDetail.lines(f));
    if (!f.related().isEmpty()) {
      lines.add("related (" + f.related().size() + "):");
      f.related().forEach(r -> lines.add("  " + FindingDetail.summary(r)));
    }
    return Visible.text(String.join("\n", lines));
  }

  /** Escapes a command's message as the runner expects. */
  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value, where {@code :} and {@code ,} separate properties. */
  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
