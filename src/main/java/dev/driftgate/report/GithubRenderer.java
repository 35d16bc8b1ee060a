package dev.driftgate.report;

import dev.driftgate.diff.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands: one annotation per finding ({@code ::error}, {@code ::warning}
 * or {@code ::notice}) on the file and line where it is found, with both sides and the fix in its
 * message. Printed to a step's standard output, they appear on the pull request's diff.
 */
final class GithubRenderer implements Renderer {

  @Override
  public void render(Report report, Writer out) throws IOException {
    StringBuilder s = new StringBuilder();
    for (Finding f : report.findings()) {
      s.append("::").append(command(f)).append(' ');
      List<String> properties = new ArrayList<>();
      FileLine where = FileLine.of(report.project(), f.location());
      if (where != null) {
        properties.add("file=" + property(where.path()));
        if (where.line() > 0) {
          properties.add("line=" + where.line());
        }
      }
      properties.add("title=" + property(f.kind().id() + " " + f.object()));
      s.append(String.join(",", properties)).append("::").append(data(message(f))).append('\n');
    }
    out.write(s.toString());
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
    return String.join("\n", lines);
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
