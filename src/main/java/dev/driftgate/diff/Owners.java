package dev.driftgate.diff;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.ForeignKey;
import dev.driftgate.model.Index;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Sequence;
import dev.driftgate.model.Statistics;
import dev.driftgate.model.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which table a finding's object belongs to, on either side of a comparison: a column, constraint,
 * trigger, policy or rule by its {@code table.member} name, an index or statistics object by its
 * own schema-qualified name, a sequence by the column that owns it. Also which table a partition
 * belongs to, and which table a foreign key references. Both catalogs are read because an object
 * missing on one side exists on the other.
 */
final class Owners {
  private final Map<String, Table> tables = new HashMap<>();
  private final Map<String, String> ownedObjects = new HashMap<>();
  private final Map<String, String> referencedTables = new HashMap<>();

  Owners(Catalog left, Catalog right) {
    add(left);
    add(right);
  }

  private void add(Catalog catalog) {
    for (Table t : catalog.tables().values()) {
      String table = t.name().toString();
      tables.putIfAbsent(table, t);
      for (Index i : t.indexes()) {
        ownedObjects.putIfAbsent(QualifiedName.of(t.name().schema(), i.name()).toString(), table);
      }
      for (Statistics s : t.statistics()) {
        ownedObjects.putIfAbsent(s.name().toString(), table);
      }
      for (ForeignKey fk : t.foreignKeys()) {
        referencedTables.putIfAbsent(t.name().member(fk.name()), fk.referencedTable().toString());
      }
    }
    for (Sequence s : catalog.sequences().values()) {
      if (s.ownedBy() != null) {
        ownedObjects.putIfAbsent(s.name().toString(), parentName(s.ownedBy()));
      }
    }
  }

  /** The table {@code object} is or belongs to, by its name as findings write it. */
  Optional<String> tableOf(String object) {
    if (ownedObjects.containsKey(object)) {
      return Optional.of(ownedObjects.get(object));
    }
    if (tables.containsKey(object)) {
      return Optional.of(object);
    }
    String parent = parentName(object);
    return tables.containsKey(parent) ? Optional.of(parent) : Optional.empty();
  }

  /**
   * The table a foreign key references, by the key's name as findings write it ({@code
   * public.events.events_account_id_fkey}); empty for anything else.
   */
  Optional<String> referencedBy(String foreignKey) {
    return Optional.ofNullable(referencedTables.get(foreignKey));
  }

  /** The partitioned table {@code table} is a partition of, if it is one. */
  Optional<String> partitionOf(String table) {
    Table t = tables.get(table);
    return t == null || t.partitionOf() == null
        ? Optional.empty()
        : Optional.of(t.partitionOf().toString());
  }

  /** {@code public.events} for {@code public.events.payload}: the name without its last part. */
  static String parentName(String object) {
    int dot = object.lastIndexOf('.');
    return dot < 0 ? object : object.substring(0, dot);
  }

  /** {@code events} for {@code public.events}. */
  static String unqualified(String name) {
    return name.substring(name.indexOf('.') + 1);
  }

  /** {@code public} for {@code public.events.payload}. */
  static String schemaOf(String object) {
    int dot = object.indexOf('.');
    return dot < 0 ? null : object.substring(0, dot);
  }
}
