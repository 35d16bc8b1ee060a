package dev.driftgate.data;

import dev.driftgate.model.QualifiedName;
import java.util.List;
import java.util.Map;

/**
 * What filling a database with rows did.
 *
 * @param rows the rows each table holds afterwards, by table
 * @param notes tables left empty or filled with fewer rows than asked, and why
 * @param millis how long it took
 */
public record FillResult(Map<QualifiedName, Long> rows, List<String> notes, long millis) {
  public FillResult {
    rows = Map.copyOf(rows);
    notes = List.copyOf(notes);
  }

  /** How many rows all tables hold together. */
  public long total() {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }
}
