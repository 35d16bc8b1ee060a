package dev.driftgate.data;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.ForeignKey;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Table;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;

/**
 * Fills every table of a database with rows generated from its model, parents before the tables
 * that reference them, each table with one {@code COPY ... FROM STDIN}. A table is tried with edge
 * values first (NULLs, empty strings, maximum lengths and values); if PostgreSQL refuses them (a
 * check, a trigger), with plain values, then with NULL wherever allowed; if it refuses those too,
 * the table stays empty and a note says why. Deterministic for a seed.
 */
public final class RowFiller {
  private final long rows;
  private final long seed;

  public RowFiller(long rows, long seed) {
    this.rows = rows;
    this.seed = seed;
  }

  /** Fills the tables of {@code catalog}, which must describe the database {@code c} is on. */
  public FillResult fill(Connection c, Catalog catalog) throws SQLException {
    long start = System.nanoTime();
    c.setAutoCommit(true);
    ParentRows parents = new ParentRows(c, rows);
    Map<QualifiedName, Long> filled = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    for (Table table : order(catalog)) {
      String refused = null;
      long count = 0;
      for (TableShape.Attempt attempt : TableShape.Attempt.values()) {
        TableShape shape = new TableShape(table, catalog, attempt);
        TablePlan plan = TablePlan.of(table, shape, parents, rows, seed);
        refused = copy(c, plan);
        if (refused == null) {
          count = plan.rows();
          break;
        }
      }
      parents.filled(table.name());
      filled.put(table.name(), count);
      if (refused != null) {
        notes.add(table.name() + " left empty: " + refused);
      } else if (count < rows) {
        notes.add(table.name() + " holds " + count + " rows, as many as its unique keys allow");
      }
    }
    return new FillResult(filled, notes, (System.nanoTime() - start) / 1_000_000);
  }

  /** Runs the plan's COPY; returns PostgreSQL's message if it refused the rows. */
  private static String copy(Connection c, TablePlan plan) throws SQLException {
    if (plan.rows() == 0) {
      return "a table it references has no rows";
    }
    if (!plan.hasColumns()) {
      try (java.sql.Statement s = c.createStatement()) {
        s.execute(plan.defaultsSql());
        return null;
      } catch (PSQLException e) {
        return e.getServerErrorMessage() == null
            ? e.getMessage()
            : e.getServerErrorMessage().getMessage();
      }
    }
    try {
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(plan.copySql(), new StringReader(plan.data()));
      return null;
    } catch (PSQLException e) {
      if (e.getServerErrorMessage() == null) {
        throw e;
      }
      return e.getServerErrorMessage().getMessage();
    } catch (IOException e) {
      throw new IllegalStateException("a string reader does not fail", e);
    }
  }

  /**
   * Tables that hold rows (a partitioned table's rows go through its parent), each after the tables
   * its foreign keys reference; a cycle is broken at the first table by name.
   */
  static List<Table> order(Catalog catalog) {
    List<Table> remaining = new ArrayList<>();
    for (Table t : catalog.tables().values()) {
      if (t.kind() != Table.Kind.FOREIGN_TABLE && t.partitionOf() == null) {
        remaining.add(t);
      }
    }
    List<Table> ordered = new ArrayList<>();
    List<QualifiedName> done = new ArrayList<>();
    while (!remaining.isEmpty()) {
      Table next =
          remaining.stream()
              .filter(t -> parentsOf(t, catalog).stream().allMatch(done::contains))
              .findFirst()
              .orElse(remaining.get(0));
      remaining.remove(next);
      ordered.add(next);
      done.add(next.name());
    }
    return ordered;
  }

  private static List<QualifiedName> parentsOf(Table t, Catalog catalog) {
    return t.foreignKeys().stream()
        .map(ForeignKey::referencedTable)
        .filter(p -> !p.equals(t.name()) && catalog.tables().containsKey(p))
        .toList();
  }
}
