package dev.driftgate.entity;

import dev.driftgate.model.Column;
import dev.driftgate.model.ForeignKey;
import dev.driftgate.model.Identity;
import dev.driftgate.model.Index;
import dev.driftgate.model.PrimaryKey;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.ReferentialAction;
import dev.driftgate.model.SequenceOptions;
import dev.driftgate.model.Table;
import dev.driftgate.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;

/**
 * One Hibernate table as the schema model's {@link Table}: columns with the types the PostgreSQL
 * dialect renders, the primary key, the foreign keys Hibernate would create, and the unique
 * constraints, indexes and range checks ({@link RangeChecks}) the mapping declares.
 */
final class TableReader {
  private final ColumnTypes types;

  TableReader(ColumnTypes types) {
    this.types = types;
  }

  Table read(org.hibernate.mapping.Table t) {
    QualifiedName name = Names.table(t);
    List<Column> columns = new ArrayList<>();
    for (org.hibernate.mapping.Column c : t.getColumns()) {
      columns.add(column(c, columns.size() + 1));
    }
    PrimaryKey pk =
        t.hasPrimaryKey()
            ? new PrimaryKey(name.name() + "_pkey", Names.columns(t.getPrimaryKey().getColumns()))
            : null;
    return new Table(
        name,
        Table.Kind.TABLE,
        false,
        columns,
        pk,
        foreignKeys(name, t),
        uniques(name, t),
        RangeChecks.of(name, t),
        List.of(),
        indexes(name, t),
        List.of(),
        Table.RowSecurity.OFF,
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        null,
        List.of(),
        "DEFAULT",
        null);
  }

  private Column column(org.hibernate.mapping.Column c, int position) {
    String type = types.type(c);
    boolean notNull = !c.isNullable() || types.definitionSaysNotNull(c);
    return new Column(
        Names.column(c),
        position,
        type,
        notNull,
        c.getDefaultValue(),
        c.isIdentity() ? identity(type) : null,
        c.getGeneratedAs(),
        c.getCollation(),
        null);
  }

  private static Identity identity(String type) {
    String dataType = type.toLowerCase(Locale.ROOT);
    long max =
        switch (dataType) {
          case "smallint", "int2" -> Short.MAX_VALUE;
          case "integer", "int", "int4" -> Integer.MAX_VALUE;
          default -> Long.MAX_VALUE;
        };
    return new Identity(
        Identity.Generation.BY_DEFAULT, new SequenceOptions(dataType, 1, 1, 1, max, 1, false));
  }

  private List<ForeignKey> foreignKeys(QualifiedName table, org.hibernate.mapping.Table t) {
    List<ForeignKey> keys = new ArrayList<>();
    for (org.hibernate.mapping.ForeignKey fk : t.getForeignKeys().values()) {
      org.hibernate.mapping.Table target = fk.getReferencedTable();
      if (!fk.isCreationEnabled() || target == null || !target.isPhysicalTable()) {
        continue;
      }
      List<String> columns = Names.columns(fk.getColumns());
      List<org.hibernate.mapping.Column> referenced =
          fk.isReferenceToPrimaryKey() && target.hasPrimaryKey()
              ? target.getPrimaryKey().getColumns()
              : fk.getReferencedColumns();
      keys.add(
          new ForeignKey(
              Names.constraint(fk.getName(), table, columns, "fkey"),
              columns,
              Names.table(target),
              Names.columns(referenced),
              onDelete(fk.getOnDeleteAction()),
              ReferentialAction.NO_ACTION,
              "SIMPLE",
              false,
              false,
              true));
    }
    return keys;
  }

  /** {@code @OnDelete}; no annotation declares nothing, which reads as NO ACTION. */
  private static ReferentialAction onDelete(OnDeleteAction action) {
    if (action == null) {
      return ReferentialAction.NO_ACTION;
    }
    return switch (action) {
      case CASCADE -> ReferentialAction.CASCADE;
      case SET_NULL -> ReferentialAction.SET_NULL;
      case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
      case RESTRICT -> ReferentialAction.RESTRICT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  /**
   * Column-level {@code unique = true} and {@code @UniqueConstraint}s; not Hibernate's own keys.
   */
  private static List<UniqueConstraint> uniques(
      QualifiedName table, org.hibernate.mapping.Table t) {
    Map<List<String>, UniqueConstraint> uniques = new LinkedHashMap<>();
    for (org.hibernate.mapping.Column c : t.getColumns()) {
      if (c.isUnique()) {
        List<String> columns = List.of(Names.column(c));
        uniques.put(
            columns,
            new UniqueConstraint(
                Names.constraint(null, table, columns, "key"), columns, false, false, false));
      }
    }
    for (UniqueKey key : t.getUniqueKeys().values()) {
      if (key.isExplicit()) {
        List<String> columns = Names.columns(key.getColumns());
        String explicit = key.isNameExplicit() ? key.getName() : null;
        uniques.putIfAbsent(
            columns,
            new UniqueConstraint(
                Names.constraint(explicit, table, columns, "key"), columns, false, false, false));
      }
    }
    return List.copyOf(uniques.values());
  }

  /**
   * Declared indexes; the shape is PostgreSQL's definition without the name, so that it compares
   * with the catalog's.
   */
  private static List<Index> indexes(QualifiedName table, org.hibernate.mapping.Table t) {
    List<Index> indexes = new ArrayList<>();
    for (org.hibernate.mapping.Index index : t.getIndexes().values()) {
      List<String> keys = new ArrayList<>();
      List<String> ordered = new ArrayList<>();
      for (Selectable s : index.getSelectables()) {
        String key = s instanceof org.hibernate.mapping.Column c ? Names.column(c) : s.getText();
        String order = index.getSelectableOrderMap().get(s);
        keys.add(key);
        ordered.add(order != null && order.trim().equalsIgnoreCase("desc") ? key + " DESC" : key);
      }
      String shape =
          "CREATE "
              + (index.isUnique() ? "UNIQUE " : "")
              + "INDEX ON "
              + table
              + " USING btree ("
              + String.join(", ", ordered)
              + ")";
      indexes.add(
          new Index(
              Names.constraint(index.getName(), table, keys, "idx"),
              index.isUnique(),
              "btree",
              keys,
              List.of(),
              null,
              shape,
              List.of()));
    }
    return indexes;
  }
}
