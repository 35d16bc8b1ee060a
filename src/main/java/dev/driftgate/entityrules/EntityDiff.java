package dev.driftgate.entityrules;

import static dev.driftgate.diff.SqlNames.qualified;

import dev.driftgate.diff.CatalogDiff;
import dev.driftgate.diff.Comparison;
import dev.driftgate.diff.Ddl;
import dev.driftgate.diff.Equivalence;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Source;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.Column;
import dev.driftgate.model.MappedColumn;
import dev.driftgate.model.MappedTable;
import dev.driftgate.model.Mapping;
import dev.driftgate.model.Sequence;
import dev.driftgate.model.Table;
import dev.driftgate.model.View;
import java.util.List;

/**
 * Checks a database against the entities that map it. An entity asserts only what its mapping
 * declares, and every declared thing the database does not match is an error: a missing table or
 * column, an incompatible type ({@link EntityTypes}), nullability either way, a missing identity,
 * key, unique constraint, index or foreign key, a missing or differently incremented sequence. Of
 * what the entities do not map, only a NOT NULL column without a default is an error (inserts
 * through the entity fail); other unmapped columns are info.
 *
 * <p>Findings read entities first: {@code expected} is what the mapping declares, {@code actual}
 * what the database has, and a fix is the SQL that brings the database in line with the entities,
 * where that is the likely fix.
 */
public final class EntityDiff {
  private final Comparison cmp;
  private final Mapping entities;
  private final Catalog database;

  private EntityDiff(Comparison cmp, Mapping entities, Catalog database) {
    this.cmp = cmp;
    this.entities = entities;
    this.database = database;
  }

  public static List<Finding> compare(String tier, Mapping entities, CatalogDiff.Side database) {
    Comparison cmp =
        new Comparison(
            tier,
            new Comparison.Side(Source.ENTITIES, entities.provenance()),
            new Comparison.Side(database.source(), database.provenance()));
    new EntityDiff(cmp, entities, database.catalog()).all();
    return cmp.findings();
  }

  private void all() {
    for (Table table : entities.catalog().tables().values()) {
      MappedTable mapped = entities.tables().get(table.name());
      Table actual = database.tables().get(table.name());
      View view = database.views().get(table.name());
      if (actual != null) {
        new EntityColumns(cmp, database).compare(table, mapped, actual);
        new EntityKeys(cmp, database).compare(table, mapped, actual);
      } else if (view != null) {
        viewColumns(table, mapped, view);
      } else {
        cmp.missing(
            FindingKind.TABLE_MISSING,
            "table",
            table.name().toString(),
            true,
            Ddl.createTable(table),
            Fix.sql(Ddl.createTable(table)));
      }
    }
    entities.catalog().sequences().values().forEach(this::sequence);
  }

  /**
   * An entity may map a view (read-only): its columns must exist with types that fit, as for a
   * table. Nullability is never compared (PostgreSQL does not carry NOT NULL into a view's
   * columns), nor keys or indexes.
   */
  private void viewColumns(Table table, MappedTable mapped, View view) {
    for (Column c : table.columns()) {
      String type = view.columnTypes().get(c.name());
      if (type != null) {
        MappedColumn m = mapped.columns().get(c.name());
        viewType(table, c, m, type);
      }
      if (!view.columns().contains(c.name())) {
        cmp.missing(
            FindingKind.COLUMN_MISSING,
            "column",
            table.name().member(c.name()),
            true,
            Ddl.columnDefinition(c),
            Fix.none("view " + table.name() + " must select the column " + c.name()));
      }
    }
  }

  private void viewType(Table table, Column c, MappedColumn m, String type) {
    EntityTypes.Mismatch mismatch =
        m == null ? null : EntityTypes.mismatch(m, c.type(), type, database);
    if (mismatch != null && !mismatch.defaultLength()) {
      cmp.explained(
          FindingKind.COLUMN_TYPE,
          table.name().member(c.name()),
          mismatch.expected(),
          Equivalence.canonicalType(type),
          table.name().member(c.name())
              + ": the entities need "
              + mismatch.expected()
              + ", the view in "
              + cmp.rightLabel()
              + " selects "
              + Equivalence.canonicalType(type),
          Fix.none("change the attribute's mapping or the view's select list"));
    }
  }

  /** Hibernate allocates {@code allocationSize} ids per call: the increment must be the same. */
  private void sequence(Sequence declared) {
    Sequence actual = database.sequences().get(declared.name());
    String object = declared.name().toString();
    long increment = declared.options().increment();
    if (actual == null) {
      String create =
          "CREATE SEQUENCE "
              + qualified(declared.name())
              + (increment == 1 ? "" : " INCREMENT BY " + increment)
              + ";";
      cmp.missing(FindingKind.SEQUENCE_MISSING, "sequence", object, true, create, Fix.sql(create));
    } else if (actual.options().increment() != increment) {
      String consequence =
          actual.options().increment() < increment
              ? "the same ids are handed out twice (duplicate keys)"
              : "ids skip values";
      cmp.explained(
          FindingKind.SEQUENCE_MISMATCH,
          object,
          "INCREMENT BY " + increment,
          "INCREMENT BY " + actual.options().increment(),
          object
              + ": the entities allocate "
              + increment
              + " ids per call (allocationSize), but the sequence increments by "
              + actual.options().increment()
              + " in "
              + cmp.rightLabel()
              + ": "
              + consequence,
          Fix.sql(
              "ALTER SEQUENCE " + qualified(declared.name()) + " INCREMENT BY " + increment + ";"));
    }
  }
}
