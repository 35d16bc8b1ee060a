package dev.driftgate.report;

import java.io.IOException;
import java.io.Writer;

/** Renders a report in one format. Implementations are pure functions of the report. */
public interface Renderer {
  void render(Report report, Writer out) throws IOException;

  /** The renderer of a format. */
  static Renderer of(Format format, RenderOptions options) {
    return switch (format) {
      case TEXT -> new TextRenderer(options);
      case JSON -> new JsonRenderer();
      case JUNIT -> new JunitRenderer();
      case MARKDOWN -> new MarkdownRenderer();
      case GITHUB -> new GithubRenderer();
      case SARIF -> new SarifRenderer(options.toolVersion());
    };
  }
}
