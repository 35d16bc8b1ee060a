package dev.driftgate.report;

import java.io.IOException;
import java.io.Writer;

/** Renders a report in one format. Implementations are pure functions of the report. */
public interface Renderer {
  void render(Report report, Writer out) throws IOException;

  /** The renderer of a format. */
  static Renderer of(Format format) {
    return switch (format) {
      case TEXT -> new TextRenderer();
      case JSON -> new JsonRenderer();
    };
  }
}
