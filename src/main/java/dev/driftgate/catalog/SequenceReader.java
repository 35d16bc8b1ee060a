package dev.driftgate.catalog;

import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Sequence;
import dev.driftgate.model.SequenceOptions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads standalone sequences. */
final class SequenceReader {
  private SequenceReader() {}

  static Map<QualifiedName, Sequence> read(Connection c, Object schemaOids) throws SQLException {
    Map<QualifiedName, Sequence> sequences = new TreeMap<>();
    SqlResource.forEach(
        c,
        "sequences.sql",
        List.of(schemaOids),
        rs -> {
          QualifiedName name = QualifiedName.of(rs.getString("nspname"), rs.getString("relname"));
          sequences.put(
              name,
              new Sequence(
                  name,
                  options(rs, "data_type"),
                  rs.getString("owned_by"),
                  rs.getString("description")));
        });
    return sequences;
  }

  /**
   * Sequence options from the {@code seq*} columns of the current row; the type is in {@code
   * typeColumn}.
   */
  static SequenceOptions options(ResultSet rs, String typeColumn) throws SQLException {
    return new SequenceOptions(
        rs.getString(typeColumn),
        rs.getLong("seqstart"),
        rs.getLong("seqincrement"),
        rs.getLong("seqmin"),
        rs.getLong("seqmax"),
        rs.getLong("seqcache"),
        rs.getBoolean("seqcycle"));
  }
}
