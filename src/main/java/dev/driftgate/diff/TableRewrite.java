package dev.driftgate.diff;

import static dev.driftgate.diff.SqlNames.ident;
import static dev.driftgate.diff.SqlNames.qualified;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.Column;
import dev.driftgate.model.ForeignKey;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Sequence;
import dev.driftgate.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fix of a table whose kind or partitioning cannot change in place: its rows move to a copy,
 * the table is dropped and created again as the target has it (with its partitions, constraints,
 * indexes, triggers, policies, comments and grants: what the fix of a missing table creates), the
 * rows come back and the copy goes. What the drop would take along is kept or made again: the
 * sequences its columns own are released first and owned again after, the foreign keys of other
 * tables that reference it are dropped first and added again after.
 */
final class TableRewrite {
  /** Appended to the table's name for the copy that holds its rows meanwhile. */
  static final String ASIDE = "__driftgate_old";

  private final Table from;
  private final Table to;
  private final Catalog before;
  private final Catalog after;
  private final List<String> sql = new ArrayList<>();

  private TableRewrite(Table from, Table to, Catalog before, Catalog after) {
    this.from = from;
    this.to = to;
    this.before = before;
    this.after = after;
  }

  /**
   * @param before the catalog the fix changes
   * @param after the catalog the fix aims at
   */
  static Fix of(Table from, Table to, Catalog before, Catalog after) {
    TableRewrite rewrite = new TableRewrite(from, to, before, after);
    rewrite.moveAside();
    rewrite.create(to);
    rewrite.bringBack();
    return Fix.rewrite(String.join("\n", rewrite.sql));
  }

  private String table() {
    return qualified(from.name());
  }

  private String copy() {
    return qualified(new QualifiedName(from.name().schema(), from.name().name() + ASIDE));
  }

  private void moveAside() {
    sql.add(
        "CREATE TABLE "
            + copy()
            + "\n  -- data moves: the rows wait here while "
            + from.name()
            + " is created again\n  AS TABLE "
            + table()
            + ";");
    owned(before)
        .forEach(s -> sql.add("ALTER SEQUENCE " + qualified(s.name()) + " OWNED BY NONE;"));
    referencing(before)
        .forEach(
            e ->
                sql.add(
                    Ddl.alterTable(
                        e.getKey(), "DROP CONSTRAINT IF EXISTS " + ident(e.getValue().name()))));
    sql.add("DROP TABLE " + table() + ";");
  }

  /**
   * The table and, under it, its partitions: a partition that is a table of its own before (not one
   * of the table's, which went with it) is attached as it is, with its rows.
   */
  private void create(Table table) {
    sql.add(Ddl.createTable(table));
    for (Table p : after.tables().values()) {
      if (!table.name().equals(p.partitionOf())) {
        continue;
      }
      Table existing = before.tables().get(p.name());
      if (existing != null && !from.name().equals(existing.partitionOf())) {
        sql.add(
            Ddl.alterTable(
                table.name(),
                "ATTACH PARTITION " + qualified(p.name()) + " " + p.partitionBound()));
      } else {
        create(p);
      }
    }
  }

  private void bringBack() {
    owned(after)
        .filter(s -> before.sequences().containsKey(s.name()))
        .forEach(
            s ->
                sql.add(
                    "ALTER SEQUENCE "
                        + qualified(s.name())
                        + " OWNED BY "
                        + ObjectDdl.ownedBy(s.ownedBy())
                        + ";"));
    List<String> columns = movedColumns();
    if (!columns.isEmpty()) {
      String list = SqlNames.columns(columns);
      sql.add(
          "INSERT INTO %s (%s) OVERRIDING SYSTEM VALUE SELECT %s FROM %s;"
              .formatted(table(), list, list, copy()));
    }
    to.columns().stream()
        .filter(c -> c.identity() != null && columns.contains(c.name()))
        // the rows came with their values: the identity goes on after the highest
        .forEach(
            c ->
                sql.add(
                    "SELECT setval(pg_get_serial_sequence(%s, %s), max(%s)) FROM %s;"
                        .formatted(
                            SqlNames.literal(table()),
                            SqlNames.literal(c.name()),
                            ident(c.name()),
                            table())));
    sql.add("DROP TABLE " + copy() + ";");
    referencing(before)
        .filter(e -> unchanged(e.getKey(), e.getValue()))
        .forEach(e -> sql.add(Ddl.addConstraint(e.getKey(), Ddl.constraint(e.getValue()))));
    String grants = PrivilegeDdl.grantsOn(from.name(), after);
    if (!grants.isEmpty()) {
      sql.add(grants);
    }
  }

  /** The columns both sides have, but those the target generates. */
  private List<String> movedColumns() {
    List<String> kept = from.columns().stream().map(Column::name).toList();
    return to.columns().stream()
        .filter(c -> c.generatedExpression() == null && kept.contains(c.name()))
        .map(Column::name)
        .toList();
  }

  /** The sequences a column of the table owns in {@code catalog}. */
  private Stream<Sequence> owned(Catalog catalog) {
    String prefix = from.name().schema() + "." + from.name().name() + ".";
    return catalog.sequences().values().stream()
        .filter(s -> s.ownedBy() != null && s.ownedBy().startsWith(prefix));
  }

  /** The foreign keys of other tables of {@code catalog} that reference the table. */
  private Stream<Map.Entry<QualifiedName, ForeignKey>> referencing(Catalog catalog) {
    return catalog.tables().values().stream()
        .filter(t -> !t.name().equals(from.name()))
        .flatMap(t -> t.foreignKeys().stream().map(fk -> Map.entry(t.name(), fk)))
        .filter(e -> e.getValue().referencedTable().equals(from.name()));
  }

  /** Whether the target has the same foreign key: one that differs is its own finding's to add. */
  private boolean unchanged(QualifiedName table, ForeignKey fk) {
    Table there = after.tables().get(table);
    return there != null && there.foreignKeys().contains(fk);
  }
}
