package dev.driftgate.catalog;

import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Routine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads functions and procedures, keyed by signature. */
final class RoutineReader {
  private RoutineReader() {}

  static Map<String, Routine> read(Connection c, Object schemaOids) throws SQLException {
    Map<String, Routine> routines = new TreeMap<>();
    SqlResource.forEach(
        c,
        "routines.sql",
        List.of(schemaOids),
        rs -> {
          Routine routine = routine(rs);
          routines.put(routine.signature(), routine);
        });
    return routines;
  }

  private static Routine routine(ResultSet rs) throws SQLException {
    return new Routine(
        QualifiedName.of(rs.getString("nspname"), rs.getString("proname")),
        switch (rs.getString("prokind")) {
          case "p" -> Routine.Kind.PROCEDURE;
          case "a" -> Routine.Kind.AGGREGATE;
          case "w" -> Routine.Kind.WINDOW;
          default -> Routine.Kind.FUNCTION;
        },
        rs.getString("arguments"),
        rs.getString("argument_types"),
        rs.getString("result"),
        rs.getString("lanname"),
        switch (rs.getString("provolatile")) {
          case "i" -> "IMMUTABLE";
          case "s" -> "STABLE";
          default -> "VOLATILE";
        },
        rs.getBoolean("proisstrict"),
        rs.getBoolean("prosecdef"),
        rs.getString("body"),
        rs.getString("settings"),
        rs.getString("definition"),
        rs.getString("description"));
  }
}
