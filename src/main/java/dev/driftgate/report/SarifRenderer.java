package dev.driftgate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SARIF 2.1.0 for code-scanning views: one run, one rule per finding kind that occurs, one result
 * per finding located at {@code file:line}, the other side as a related location. SARIF's {@code
 * fixes} describe edits to files, which a fix to run against a database is not, so the SQL travels
 * in the result's property bag ({@code fix}, or {@code fixUnavailable} with the reason). One result
 * per root cause, so that code scanning counts causes: the findings it causes are its related
 * locations (SARIF §3.27.22, locations "relevant to understanding the result"), each with its
 * message, and are listed in full in the property bag's {@code related}.
 */
final class SarifRenderer implements Renderer {
  static final String INFORMATION_URI = "https://driftgate.dev";
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private final String toolVersion;

  SarifRenderer(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  @Override
  public void render(Report report, Writer out) throws IOException {
    List<FindingKind> rules =
        report.findings().stream().map(Finding::kind).distinct().sorted().toList();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      driver(g, rules);
      g.writeArrayFieldStart("results");
      for (Finding f : report.findings()) {
        result(g, report.project(), f, rules.indexOf(f.kind()));
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private void driver(JsonGenerator g, List<FindingKind> rules) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "driftgate");
    g.writeStringField("version", toolVersion);
    g.writeStringField("informationUri", INFORMATION_URI);
    g.writeArrayFieldStart("rules");
    for (FindingKind kind : rules) {
      g.writeStartObject();
      g.writeStringField("id", kind.id());
      message(g, "shortDescription", KindDescription.of(kind));
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", level(kind.defaultSeverity()));
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, String project, Finding f, int ruleIndex)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.kind().id());
    g.writeNumberField("ruleIndex", ruleIndex);
    g.writeStringField("level", level(f.severity()));
    message(g, "message", f.message());
    FileLine primary = FileLine.of(project, f.location());
    if (primary != null) {
      g.writeArrayFieldStart("locations");
      location(g, primary, null, null);
      g.writeEndArray();
    }
    relatedLocations(g, project, f);
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField("driftgateFinding/v1", f.tier() + "|" + f.kind().id() + "|" + f.object());
    g.writeEndObject();
    properties(g, f);
    g.writeEndObject();
  }

  private record Place(FileLine where, String text) {}

  /** The other side's location, then each related finding's, numbered from 1. */
  private static void relatedLocations(JsonGenerator g, String project, Finding f)
      throws IOException {
    List<Place> places = new ArrayList<>();
    if (f.leftLocation() != null && f.right() != null) {
      FileLine other = FileLine.of(project, f.rightLocation());
      if (other != null) {
        places.add(new Place(other, f.right().label()));
      }
    }
    for (Finding r : f.related()) {
      FileLine where = FileLine.of(project, r.location());
      if (where != null) {
        places.add(new Place(where, r.kind().id() + " " + r.object() + ": " + r.message()));
      }
    }
    if (places.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("relatedLocations");
    for (int i = 0; i < places.size(); i++) {
      location(g, places.get(i).where(), i + 1, places.get(i).text());
    }
    g.writeEndArray();
  }

  private static void location(JsonGenerator g, FileLine where, Integer id, String text)
      throws IOException {
    g.writeStartObject();
    if (id != null) {
      g.writeNumberField("id", id);
    }
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri(where.path()));
    g.writeStringField("uriBaseId", "%SRCROOT%");
    g.writeEndObject();
    if (where.line() > 0) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", where.line());
      g.writeEndObject();
    }
    g.writeEndObject();
    if (text != null) {
      message(g, "message", text);
    }
    g.writeEndObject();
  }

  private static void properties(JsonGenerator g, Finding f) throws IOException {
    g.writeObjectFieldStart("properties");
    g.writeStringField("tier", f.tier());
    g.writeStringField("object", f.object());
    String[] sources = FindingDetail.sources(f);
    g.writeFieldName("sources");
    g.writeArray(sources, 0, sources.length);
    details(g, f);
    if (!f.related().isEmpty()) {
      g.writeArrayFieldStart("related");
      for (Finding r : f.related()) {
        g.writeStartObject();
        g.writeStringField("kind", r.kind().id());
        g.writeStringField("level", level(r.severity()));
        g.writeStringField("object", r.object());
        g.writeStringField("message", r.message());
        if (r.location() != null) {
          g.writeStringField("location", r.location());
        }
        details(g, r);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void details(JsonGenerator g, Finding f) throws IOException {
    if (f.expected() != null) {
      g.writeStringField("expected", f.expected());
    }
    if (f.actual() != null) {
      g.writeStringField("actual", f.actual());
    }
    if (f.fix() instanceof Fix.Sql sql) {
      g.writeStringField("fix", sql.sql());
    } else if (f.fix() instanceof Fix.None none) {
      g.writeStringField("fixUnavailable", none.reason());
    }
  }

  private static void message(JsonGenerator g, String field, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("text", text);
    g.writeEndObject();
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** A relative URI reference: path characters kept, everything else percent-encoded. */
  private static String uri(String path) {
    StringBuilder s = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 0x80 || "/-._~".indexOf(c) >= 0) {
        s.append(c);
      } else {
        s.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return s.toString();
  }
}
