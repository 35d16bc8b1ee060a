package dev.driftgate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Severity;
import java.io.IOException;
import java.io.Writer;

/** The JSON report of SPEC §6; fields beyond the contract are additions, never changes. */
final class JsonRenderer implements Renderer {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  @Override
  public void render(Report report, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("status", report.status().id());
      g.writeStringField("project", report.project());
      g.writeObjectFieldStart("postgres");
      g.writeStringField("version", report.serverVersion());
      g.writeStringField("mode", report.serverMode());
      g.writeEndObject();
      summary(g, report);
      g.writeArrayFieldStart("checks");
      for (CheckResult c : report.checks()) {
        check(g, c);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (Finding f : report.findings()) {
        finding(g, f);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("notes");
      for (String note : report.notes()) {
        g.writeString(note);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("timings_ms");
      for (Timing t : report.timings()) {
        g.writeNumberField(t.phase(), t.millis());
      }
      g.writeEndObject();
      g.writeNumberField("duration_ms", report.millis());
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void summary(JsonGenerator g, Report report) throws IOException {
    g.writeObjectFieldStart("summary");
    for (Severity s : Severity.values()) {
      g.writeNumberField(s.id(), report.count(s));
    }
    g.writeNumberField("related", report.allFindings().size() - report.findings().size());
    g.writeEndObject();
  }

  private static void check(JsonGenerator g, CheckResult c) throws IOException {
    g.writeStartObject();
    g.writeStringField("tier", c.tier());
    g.writeStringField("check", c.check().id());
    g.writeStringField(
        "status", c.skipped() != null ? "skipped" : c.failed() ? "failed" : "passed");
    g.writeStringField("detail", c.detail());
    g.writeNumberField("findings", c.findings().size());
    g.writeNumberField("duration_ms", c.millis());
    g.writeEndObject();
  }

  static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", f.kind().id());
    g.writeStringField("severity", f.severity().id());
    g.writeStringField("tier", f.tier());
    g.writeStringField("object", f.object());
    String[] sources = FindingDetail.sources(f);
    g.writeFieldName("sources");
    g.writeArray(sources, 0, sources.length);
    g.writeStringField("expected", f.expected());
    g.writeStringField("actual", f.actual());
    g.writeStringField("location", f.location());
    g.writeObjectFieldStart("locations");
    if (f.leftLocation() != null) {
      g.writeStringField(f.left().id(), f.leftLocation());
    }
    if (f.rightLocation() != null && f.right() != null) {
      g.writeStringField(f.right().id(), f.rightLocation());
    }
    g.writeEndObject();
    g.writeStringField("message", f.message());
    g.writeStringField("fix", f.fix() instanceof Fix.Sql sql ? sql.sql() : null);
    if (f.fix() instanceof Fix.None none) {
      g.writeStringField("fix_unavailable", none.reason());
    }
    if (!f.related().isEmpty()) {
      g.writeArrayFieldStart("related");
      for (Finding r : f.related()) {
        finding(g, r);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
