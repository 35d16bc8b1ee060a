package dev.driftgate.app.build;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.driftgate.sqlscript.SourceLocation;
import dev.driftgate.sqlscript.Statement;
import dev.driftgate.sqlscript.StatementKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the cache knows about one replay state besides its database: the statements the run that
 * built it recorded on the way there (since the state before it), so that a run continuing from it
 * traces its DDL log to the same files and lines, and whether the migration that led to it passed
 * its probe ({@code null}: it was not probed; a migration whose probe found something is probed
 * again by every run).
 */
record CacheEntry(List<Line> journal, Boolean probeClean) {
  CacheEntry {
    journal = journal == null ? List.of() : List.copyOf(journal);
  }

  /** A probe that found nothing, of a migration on a state the key names. */
  static final CacheEntry CLEAN = new CacheEntry(List.of(), true);

  static CacheEntry of(List<Statement> recorded, Boolean probeClean) {
    return new CacheEntry(recorded.stream().map(Line::of).toList(), probeClean);
  }

  /**
   * The entry of the state a migration led to: what it recorded, and its probe's result (none for a
   * run-once migration, which is not probed).
   */
  static CacheEntry step(
      List<Statement> recorded,
      dev.driftgate.migrate.MigrationScript migration,
      java.util.Optional<MigrationProbes.Probed> probe) {
    return of(recorded, migration.once() ? null : probe.isEmpty());
  }

  /** Whether a run may take this state's probe result instead of probing again. */
  boolean reusable() {
    return probeClean == null || probeClean;
  }

  /**
   * The entry as its file holds it: {@code {"probeClean": …, "journal": [{"sql": …, "file": …,
   * "line": …, "kind": …, "standardStrings": …}, …]}}, the probe's result first so that {@link
   * CacheFiles#reusable} stops there. Written and read token by token: Jackson's data binding takes
   * a tenth of a second to learn a record's shape, on the path of every run that goes on from the
   * cache.
   */
  void write(JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeFieldName("probeClean");
    if (probeClean == null) {
      out.writeNull();
    } else {
      out.writeBoolean(probeClean);
    }
    out.writeArrayFieldStart("journal");
    for (Line line : journal) {
      out.writeStartObject();
      out.writeStringField("sql", line.sql());
      out.writeStringField("file", line.file());
      out.writeNumberField("line", line.line());
      out.writeStringField("kind", line.kind());
      out.writeBooleanField("standardStrings", line.standardStrings());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /** Reads what {@link #write} wrote; a file of another shape is an {@link IOException}. */
  static CacheEntry read(JsonParser in) throws IOException {
    expect(in, JsonToken.START_OBJECT);
    Boolean probeClean = null;
    List<Line> journal = new ArrayList<>();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String field = in.currentName();
      JsonToken value = in.nextToken();
      switch (field) {
        case "probeClean" ->
            probeClean = value == JsonToken.VALUE_NULL ? null : in.getBooleanValue();
        case "journal" -> {
          if (value != JsonToken.START_ARRAY) {
            throw new IOException("a cache entry's journal is not an array");
          }
          while (in.nextToken() == JsonToken.START_OBJECT) {
            journal.add(line(in));
          }
        }
        default -> in.skipChildren();
      }
    }
    return new CacheEntry(journal, probeClean);
  }

  private static Line line(JsonParser in) throws IOException {
    String sql = null;
    String file = null;
    String kind = null;
    int line = 0;
    boolean standardStrings = true;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String field = in.currentName();
      in.nextToken();
      switch (field) {
        case "sql" -> sql = in.getValueAsString();
        case "file" -> file = in.getValueAsString();
        case "line" -> line = in.getIntValue();
        case "kind" -> kind = in.getValueAsString();
        case "standardStrings" -> standardStrings = in.getBooleanValue();
        default -> in.skipChildren();
      }
    }
    if (sql == null || file == null || kind == null) {
      throw new IOException("a cache entry's journal line lacks its statement");
    }
    try {
      StatementKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new IOException("a cache entry's journal line has an unknown kind " + kind, e);
    }
    return new Line(sql, file, line, kind, standardStrings);
  }

  private static void expect(JsonParser in, JsonToken token) throws IOException {
    if (in.nextToken() != token) {
      throw new IOException("not a cache entry");
    }
  }

  List<Statement> statements() {
    return journal.stream().map(Line::statement).toList();
  }

  /** One journal statement, as much of it as blame reads. */
  record Line(String sql, String file, int line, String kind, boolean standardStrings) {
    static Line of(Statement s) {
      return new Line(
          s.sql(), s.location().file(), s.location().line(), s.kind().name(), s.standardStrings());
    }

    Statement statement() {
      return new Statement(
          sql, new SourceLocation(file, line), StatementKind.valueOf(kind), standardStrings, null);
    }
  }
}
