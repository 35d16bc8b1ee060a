package dev.driftgate.entity;

import dev.driftgate.model.EnumMapping;
import dev.driftgate.model.MappedColumn;
import dev.driftgate.model.MappedTable;
import dev.driftgate.model.QualifiedName;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.IndexedCollection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.JoinedSubclass;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.Value;
import org.hibernate.type.SqlTypes;

/**
 * Walks every entity's attributes to learn, per column, what the mapping declares and where: the
 * {@link MappedColumn} facts and the {@code File.java:line} of the attribute. Embedded attributes
 * are located at the embedding field (where its overrides are), collection tables at the collection
 * field.
 */
final class AttributeReader {
  private final ColumnTypes types;
  private final SourceLocator locator;
  private final Map<QualifiedName, Map<String, MappedColumn>> columns = new LinkedHashMap<>();
  private final Map<QualifiedName, MappedTable.Role> roles = new HashMap<>();
  private final Map<String, String> locations = new HashMap<>();

  AttributeReader(ColumnTypes types, SourceLocator locator) {
    this.types = types;
    this.locator = locator;
  }

  /**
   * One attribute being walked: its entity, the top-level attribute name, how it is written,
   * whether the leaf attribute is a Java primitive, and whether only a subclass of a SINGLE_TABLE
   * hierarchy maps it.
   */
  private record Attribute(
      PersistentClass owner,
      String name,
      boolean insert,
      boolean update,
      boolean primitive,
      boolean subclassOnly) {
    static Attribute classLevel(PersistentClass owner, boolean insert, boolean update) {
      return new Attribute(owner, null, insert, update, false, false);
    }

    Attribute nested(Property p, Class<?> declaring) {
      return new Attribute(
          owner,
          name,
          insert && p.isInsertable(),
          update && p.isUpdateable(),
          isPrimitive(declaring, p.getName()),
          subclassOnly);
    }

    Attribute writable() {
      return new Attribute(owner, name, true, true, false, subclassOnly);
    }
  }

  private static boolean isPrimitive(Class<?> type, String field) {
    java.lang.reflect.Field f = type == null ? null : Fields.find(type, field);
    return f != null && f.getType().isPrimitive();
  }

  /** The class of an embeddable; a virtual component (an id without a class) has none. */
  private static Class<?> componentClass(Component component) {
    try {
      return component.getComponentClass();
    } catch (org.hibernate.MappingException e) {
      return null;
    }
  }

  void entity(PersistentClass pc) {
    Class<?> type = pc.getMappedClass();
    PersistentClass parent = pc.getSuperclass();
    if (parent == null || parent.getTable() != pc.getTable()) {
      table(pc.getTable(), MappedTable.Role.ENTITY, locator.of(type));
    }
    Attribute classLevel = Attribute.classLevel(pc, true, true);
    if (pc instanceof JoinedSubclass joined) {
      value(joined.getKey(), classLevel);
    }
    if (pc.getDiscriminator() != null) {
      value(pc.getDiscriminator(), Attribute.classLevel(pc, pc.isDiscriminatorInsertable(), false));
    }
    identifier(pc, classLevel);
    for (Join join : pc.getJoins()) {
      table(join.getTable(), MappedTable.Role.IMPLIED, locator.of(type));
      value(join.getKey(), classLevel);
      join.getProperties().forEach(p -> property(p, pc, false));
    }
    boolean sharedTable = parent != null && pc.getTable() == pc.getRootTable();
    List<Property> rootProperties = pc.getRootClass().getPropertyClosure();
    for (Property p : pc.getPropertyClosure()) {
      property(p, pc, sharedTable && rootProperties.stream().noneMatch(r -> r == p));
    }
  }

  private void identifier(PersistentClass pc, Attribute classLevel) {
    if (pc.getIdentifierProperty() != null) {
      property(pc.getIdentifierProperty(), pc, false);
    } else if (pc.getIdentifierMapper() != null) {
      pc.getIdentifierMapper().getProperties().forEach(p -> property(p, pc, false));
    } else if (pc.getIdentifier() != null) {
      value(pc.getIdentifier(), classLevel);
    }
  }

  private void property(Property p, PersistentClass owner, boolean subclassOnly) {
    value(
        p.getValue(),
        new Attribute(
            owner,
            p.getName(),
            p.isInsertable(),
            p.isUpdateable(),
            isPrimitive(owner.getMappedClass(), p.getName()),
            subclassOnly));
  }

  private void value(Value value, Attribute a) {
    if (value instanceof Component component) {
      Class<?> declaring = componentClass(component);
      component.getProperties().forEach(p -> value(p.getValue(), a.nested(p, declaring)));
    } else if (value instanceof Collection collection) {
      collection(collection, a);
    } else {
      List<Selectable> selectables = value.getSelectables();
      for (int i = 0; i < selectables.size(); i++) {
        if (selectables.get(i) instanceof Column c) {
          boolean insert = a.insert() && value.isColumnInsertable(i);
          boolean update = a.update() && value.isColumnUpdateable(i);
          column(c, value, a, insert, update);
        }
      }
    }
  }

  /** A collection's own table (join or collection table) and the key, element and index columns. */
  private void collection(Collection collection, Attribute a) {
    if (collection.isInverse()) {
      return;
    }
    Attribute written = a.writable();
    if (!collection.isOneToMany()) {
      table(collection.getCollectionTable(), MappedTable.Role.IMPLIED, location(a));
      value(collection.getElement(), written);
    }
    value(collection.getKey(), written);
    if (collection instanceof IndexedCollection indexed && indexed.getIndex() != null) {
      value(indexed.getIndex(), written);
    }
  }

  private void column(Column c, Value value, Attribute a, boolean insert, boolean update) {
    MappedColumn mapped =
        new MappedColumn(
            Names.column(c),
            types.declared(c),
            c.getLength(),
            c.getPrecision(),
            c.getScale(),
            c.getTemporalPrecision(),
            insert,
            update,
            c.isIdentity(),
            a.primitive(),
            a.subclassOnly(),
            enumMapping(value, c));
    record(Names.table(value.getTable()), mapped, a);
    Table own = a.owner().getTable();
    if (own != value.getTable() && own.containsColumn(c)) {
      record(Names.table(own), mapped, a); // TABLE_PER_CLASS copies inherited columns
    }
  }

  private void record(QualifiedName table, MappedColumn mapped, Attribute a) {
    columns
        .computeIfAbsent(table, t -> new LinkedHashMap<>())
        .merge(mapped.name(), mapped, MappedColumn::mergedWith);
    // computed only for the first attribute of a column: inherited and copied ones come again
    locations.computeIfAbsent(table.member(mapped.name()), k -> location(a));
  }

  private EnumMapping enumMapping(Value value, Column c) {
    if (!(value instanceof BasicValue basic)
        || basic.getJpaAttributeConverterDescriptor() != null) {
      return null;
    }
    Class<?> type = basic.getResolution().getDomainJavaType().getJavaTypeClass();
    if (!type.isEnum()) {
      return null;
    }
    List<String> constants =
        Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    int code = types.typeCode(c);
    EnumMapping.Storage storage =
        code == SqlTypes.NAMED_ENUM || code == SqlTypes.NAMED_ORDINAL_ENUM
            ? EnumMapping.Storage.NAMED
            : basic.getEnumerationStyle() == jakarta.persistence.EnumType.STRING
                ? EnumMapping.Storage.STRING
                : EnumMapping.Storage.ORDINAL;
    return new EnumMapping(storage, constants);
  }

  private void table(Table t, MappedTable.Role role, String location) {
    if (!t.isPhysicalTable()) {
      return;
    }
    QualifiedName name = Names.table(t);
    roles.merge(name, role, (old, added) -> old == MappedTable.Role.ENTITY ? old : added);
    columns.computeIfAbsent(name, n -> new LinkedHashMap<>());
    locations.putIfAbsent(name.toString(), location);
  }

  private String location(Attribute a) {
    Class<?> type = a.owner().getMappedClass();
    return a.name() == null ? locator.of(type) : locator.of(type, a.name());
  }

  Map<QualifiedName, MappedTable> tables() {
    Map<QualifiedName, MappedTable> tables = new LinkedHashMap<>();
    columns.forEach(
        (name, cols) ->
            tables.put(
                name,
                MappedTable.of(name, roles.getOrDefault(name, MappedTable.Role.IMPLIED), cols)));
    return tables;
  }

  Map<String, String> locations() {
    return locations;
  }
}
