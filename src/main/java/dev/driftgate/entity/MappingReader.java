package dev.driftgate.entity;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.ForeignKey;
import dev.driftgate.model.Index;
import dev.driftgate.model.MappedTable;
import dev.driftgate.model.Mapping;
import dev.driftgate.model.Provenance;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Sequence;
import dev.driftgate.model.SequenceOptions;
import dev.driftgate.model.Table;
import dev.driftgate.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.PersistentClass;

/** Hibernate's boot metamodel as the schema model: a {@link Mapping}. */
final class MappingReader {
  private final Metadata metadata;
  private final SourceLocator locator;
  private final Map<String, String> locations = new HashMap<>();

  private MappingReader(Metadata metadata, SourceLocator locator) {
    this.metadata = metadata;
    this.locator = locator;
  }

  static Mapping read(Metadata metadata, SourceLocator locator) {
    return new MappingReader(metadata, locator).read();
  }

  private Mapping read() {
    List<org.hibernate.mapping.Table> all = new ArrayList<>();
    for (Namespace ns : metadata.getDatabase().getNamespaces()) {
      all.addAll(ns.getTables());
    }
    ColumnTypes types = new ColumnTypes(metadata, all);
    TableReader reader = new TableReader(types);
    TreeMap<QualifiedName, Table> tables = new TreeMap<>();
    for (org.hibernate.mapping.Table t : all) {
      if (t.isPhysicalTable() && !t.isView() && !t.isSubselect()) {
        Table table = reader.read(t);
        tables.put(table.name(), table);
      }
    }
    AttributeReader attributes = new AttributeReader(types, locator);
    TreeSet<String> entities = new TreeSet<>();
    for (PersistentClass pc : metadata.getEntityBindings()) {
      attributes.entity(pc);
      entities.add(pc.getMappedClass().getName());
    }
    locations.putAll(attributes.locations());
    tables.values().forEach(this::locateConstraints);
    TreeMap<QualifiedName, Sequence> sequences = sequences();
    TreeMap<QualifiedName, MappedTable> mapped = new TreeMap<>();
    Map<QualifiedName, MappedTable> declared = attributes.tables();
    for (QualifiedName name : tables.keySet()) {
      MappedTable m = declared.get(name);
      mapped.put(name, m != null ? m : MappedTable.of(name, MappedTable.Role.IMPLIED, Map.of()));
    }
    TreeSet<String> schemas = new TreeSet<>();
    tables.keySet().forEach(n -> schemas.add(n.schema()));
    sequences.keySet().forEach(n -> schemas.add(n.schema()));
    Catalog catalog =
        new Catalog(
            schemas,
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            sequences,
            tables,
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>());
    return new Mapping(catalog, new Provenance(locations), mapped, entities);
  }

  /** Constraints are declared where their first column is (an association, a unique field). */
  private void locateConstraints(Table t) {
    QualifiedName name = t.name();
    for (ForeignKey fk : t.foreignKeys()) {
      locate(name.member(fk.name()), name.member(fk.columns().get(0)));
    }
    for (UniqueConstraint u : t.uniqueConstraints()) {
      locate(
          name.member(u.name()),
          u.columns().size() == 1 ? name.member(u.columns().get(0)) : name.toString());
    }
    for (Index i : t.indexes()) {
      locate(QualifiedName.of(name.schema(), i.name()).toString(), name.toString());
    }
  }

  private void locate(String object, String like) {
    String location = locations.get(like);
    if (location == null) {
      location = locations.get(like.substring(0, like.lastIndexOf('.')));
    }
    if (location != null) {
      locations.putIfAbsent(object, location);
    }
  }

  private TreeMap<QualifiedName, Sequence> sequences() {
    TreeMap<QualifiedName, Sequence> sequences = new TreeMap<>();
    Map<QualifiedName, String> logicalNames = new HashMap<>();
    for (Namespace ns : metadata.getDatabase().getNamespaces()) {
      for (org.hibernate.boot.model.relational.Sequence s : ns.getSequences()) {
        var id = s.getName().getSequenceName();
        QualifiedName name =
            QualifiedName.of(
                Names.schema(ns.getName().getSchema()),
                Names.physical(id.getText(), id.isQuoted()));
        SequenceOptions options =
            new SequenceOptions(
                "bigint", s.getInitialValue(), s.getIncrementSize(), 1, Long.MAX_VALUE, 1, false);
        sequences.put(name, new Sequence(name, options, null, null));
        logicalNames.put(name, id.getText());
      }
    }
    locateSequences(logicalNames);
    return sequences;
  }

  /**
   * Each sequence is located at the first entity whose source names it, else at the id of the
   * entity whose default sequence it is. Every source is read once for all names: a scan per
   * sequence and entity grew with their product.
   */
  private void locateSequences(Map<QualifiedName, String> logicalNames) {
    Set<String> wanted = new HashSet<>(logicalNames.values());
    Map<String, String> named = new HashMap<>();
    Map<String, PersistentClass> byDefaultSequence = new HashMap<>();
    for (PersistentClass pc : metadata.getEntityBindings()) {
      locator.literals(pc.getMappedClass(), wanted).forEach(named::putIfAbsent);
      if (pc.getIdentifierProperty() != null) {
        byDefaultSequence.putIfAbsent(Names.physical(pc.getJpaEntityName() + "_seq", false), pc);
      }
    }
    logicalNames.forEach(
        (name, logical) -> {
          String location = named.get(logical);
          PersistentClass owner = byDefaultSequence.get(name.name());
          if (location == null && owner != null) {
            location = locator.of(owner.getMappedClass(), owner.getIdentifierProperty().getName());
          }
          if (location != null) {
            locations.putIfAbsent(name.toString(), location);
          }
        });
  }
}
