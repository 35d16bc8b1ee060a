package dev.driftgate.app.build;

import dev.driftgate.sqlscript.SourceLocation;
import dev.driftgate.sqlscript.Statement;
import dev.driftgate.sqlscript.StatementKind;
import java.util.List;

/**
 * What the cache knows about one replay state besides its database: the statements the run that
 * built it recorded on the way there (since the state before it), so that a run continuing from it
 * traces its DDL log to the same files and lines, and whether the migration that led to it passed
 * its probe ({@code null}: it was not probed; a migration whose probe found something is probed
 * again by every run).
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"probeClean", "journal"})
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
