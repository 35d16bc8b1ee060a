package dev.driftgate.data;

import dev.driftgate.migrate.StatementObserver;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.sqlscript.Statement;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures what each statement of a migration does to the tables that hold rows, from inside the
 * migration's transaction: compares each table's file node, scan count and index count before and
 * after the statement, and reads the strongest lock the session then holds on it. A new file node
 * is a rewrite; a scan or a new index while the session holds a lock that blocks writes is a
 * validation scan or an index build that keeps writers waiting. What holds no such lock (a {@code
 * VALIDATE CONSTRAINT} in a migration of its own, {@code CREATE INDEX CONCURRENTLY}) or does no
 * work per row (a constant default) stays silent.
 */
public final class HazardWatch implements StatementObserver {
  private final Map<Long, Watched> watched;
  private final List<Hazard> hazards = new ArrayList<>();
  private Map<Long, State> before = Map.of();

  private record Watched(QualifiedName table, long rows) {}

  private record State(long fileNode, long size, long scans, long indexes, int lockRank) {}

  private HazardWatch(Map<Long, Watched> watched) {
    this.watched = watched;
  }

  /** Starts watching the tables that hold rows in the database {@code c} is on. */
  public static HazardWatch start(Connection c) throws SQLException {
    Map<Long, Watched> watched = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(Sql.text("watched_tables.sql"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        QualifiedName table = QualifiedName.of(rs.getString(2), rs.getString(3));
        watched.put(rs.getLong(1), new Watched(table, 0));
      }
    }
    for (Map.Entry<Long, Watched> e : watched.entrySet()) {
      QualifiedName table = e.getValue().table();
      e.setValue(new Watched(table, count(c, table)));
    }
    return new HazardWatch(watched);
  }

  /** The tables watched and their rows: those that held rows when the watch started. */
  public Map<QualifiedName, Long> tables() {
    Map<QualifiedName, Long> tables = new LinkedHashMap<>();
    watched.values().forEach(w -> tables.put(w.table(), w.rows()));
    return tables;
  }

  @Override
  public void before(Connection c, Statement statement) throws SQLException {
    before = states(c);
  }

  @Override
  public void after(Connection c, Statement statement, long nanos) throws SQLException {
    Map<Long, State> after = states(c);
    for (Map.Entry<Long, State> e : after.entrySet()) {
      State was = before.get(e.getKey());
      if (was != null) {
        Hazard.Kind kind = kind(was, e.getValue());
        if (kind != null) {
          Watched w = watched.get(e.getKey());
          String lock =
              e.getValue().lockRank() == 0 ? "no lock" : Hazard.LOCKS[e.getValue().lockRank() - 1];
          hazards.add(
              new Hazard(
                  kind,
                  statement.location().toString(),
                  w.table(),
                  lock,
                  nanos / 1_000_000,
                  w.rows()));
        }
      }
    }
  }

  /** The hazards measured since the last call: one migration's. */
  public List<Hazard> drain() {
    List<Hazard> drained = List.copyOf(hazards);
    hazards.clear();
    return drained;
  }

  private static Hazard.Kind kind(State was, State now) {
    if (now.fileNode() != was.fileNode() && now.fileNode() != 0) {
      // a new file with rows in it; TRUNCATE's new file is empty
      return now.size() > 0 ? Hazard.Kind.REWRITE : null;
    }
    if (now.lockRank() < Hazard.BLOCKS_WRITES) {
      return null;
    }
    if (now.indexes() > was.indexes()) {
      return Hazard.Kind.INDEX_BUILD;
    }
    return now.scans() > was.scans() ? Hazard.Kind.VALIDATION_SCAN : null;
  }

  private Map<Long, State> states(Connection c) throws SQLException {
    Map<Long, State> states = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(Sql.text("table_state.sql"))) {
      Array oids = c.createArrayOf("oid", watched.keySet().toArray());
      ps.setArray(1, oids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          states.put(
              rs.getLong(1),
              new State(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getInt(6)));
        }
      }
    }
    return states;
  }

  private static long count(Connection c, QualifiedName table) throws SQLException {
    try (java.sql.Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + Identifiers.quote(table))) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
