package dev.driftgate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.driftgate.diff.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON of {@code audit}: {@code status}, {@code postgres}, a {@code databases} array (name,
 * tier, position, status, detail, fingerprint, findings) and a {@code summary} counting databases
 * by status. Findings have the fields of SPEC §6.
 */
public final class AuditJsonRenderer {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private AuditJsonRenderer() {}

  /** Writes the report; {@code failOnBehind} decides whether behind databases fail the status. */
  public static void render(AuditReport report, boolean failOnBehind, Writer out)
      throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("status", report.passes(failOnBehind) ? "clean" : "drift");
      g.writeStringField("project", report.project());
      g.writeObjectFieldStart("postgres");
      g.writeStringField("version", report.serverVersion());
      g.writeStringField("mode", report.serverMode());
      g.writeEndObject();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("databases", report.databases().size());
      for (Map.Entry<AuditStatus, Long> e : report.summary().entrySet()) {
        g.writeNumberField(e.getKey().id(), e.getValue());
      }
      g.writeEndObject();
      g.writeNumberField("replays", report.replays());
      g.writeArrayFieldStart("databases");
      for (DatabaseAudit d : report.databases()) {
        database(g, d);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("notes");
      for (String note : report.notes()) {
        g.writeString(note);
      }
      g.writeEndArray();
      g.writeNumberField("duration_ms", report.millis());
      g.writeEndObject();
    }
    out.write('\n');
  }

  /** One database's row; also what the state file of a resumable audit holds per line. */
  public static void database(JsonGenerator g, DatabaseAudit d) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", d.name());
    g.writeStringField("tier", d.tier());
    g.writeStringField("database", d.database());
    g.writeStringField("position", d.position());
    g.writeNumberField("applied", d.applied());
    g.writeNumberField("head", d.head());
    g.writeStringField("status", d.status().id());
    g.writeStringField("detail", d.detail());
    g.writeStringField("fingerprint", d.fingerprint());
    g.writeArrayFieldStart("findings");
    for (Finding f : d.findings()) {
      JsonRenderer.finding(g, f);
    }
    g.writeEndArray();
    g.writeNumberField("duration_ms", d.millis());
    g.writeEndObject();
  }
}
