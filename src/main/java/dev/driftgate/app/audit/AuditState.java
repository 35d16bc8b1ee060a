package dev.driftgate.app.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.report.AuditJsonRenderer;
import dev.driftgate.report.DatabaseAudit;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state file of a resumable audit ({@code --state FILE}): JSON lines, a header naming the
 * project's migrations (a state written for other migrations is not used), then one line per
 * audited database, appended as each finishes, so that an interrupted audit resumes where it
 * stopped. Databases in the file are not read again; their rows are reported as stored.
 */
final class AuditState {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private final Path file;
  private final Map<String, DatabaseAudit> done;
  private final String note;

  private AuditState(Path file, Map<String, DatabaseAudit> done, String note) {
    this.file = file;
    this.done = done;
    this.note = note;
  }

  /** No state file: every database is audited, nothing is written. */
  static AuditState none() {
    return new AuditState(null, Map.of(), null);
  }

  /** The state in {@code file} if it was written for {@code project}; else a new one there. */
  static AuditState open(Path file, String project) {
    Map<String, DatabaseAudit> done = new HashMap<>();
    String note = null;
    try {
      List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
      if (!lines.isEmpty()
          && project.equals(JSON.readTree(lines.get(0)).path("project").asText())) {
        for (String line : lines.subList(1, lines.size())) {
          JsonNode n = JSON.readTree(line);
          done.put(n.path("key").asText(), StoredRows.row(n.path("row")));
        }
      } else {
        note = lines.isEmpty() ? null : file + " was written for other migrations: not used";
        Files.writeString(file, header(project), StandardCharsets.UTF_8);
      }
    } catch (IOException | RuntimeException e) {
      throw DriftgateException.badInput(
          "--state " + file + ": cannot be used (" + e.getMessage() + "); delete it to start over");
    }
    if (!done.isEmpty()) {
      note = done.size() + " database(s) taken from " + file + " (audited by an earlier run)";
    }
    return new AuditState(file, done, note);
  }

  /** What to tell the user about the state file, or null. */
  String note() {
    return note;
  }

  /** The stored row of a database an earlier run audited. */
  Optional<DatabaseAudit> done(String key) {
    return Optional.ofNullable(done.get(key));
  }

  /** Appends a database's row (from worker threads). */
  synchronized void record(String key, DatabaseAudit row) {
    if (file == null) {
      return;
    }
    StringWriter line = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(line)) {
      g.writeStartObject();
      g.writeStringField("key", key);
      g.writeFieldName("row");
      AuditJsonRenderer.database(g, row);
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string cannot fail", e);
    }
    try {
      Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw DriftgateException.badInput(
          "--state " + file + ": cannot write (" + e.getMessage() + ")");
    }
  }

  private static String header(String project) {
    return "{\"driftgate_audit_state\":1,\"project\":\"" + project + "\"}\n";
  }
}
