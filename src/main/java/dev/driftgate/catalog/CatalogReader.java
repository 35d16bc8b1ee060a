package dev.driftgate.catalog;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.Extension;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Table;
import dev.driftgate.model.View;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Reads the catalog of one database into the model: one query per object kind, each bound to the
 * oids of the user schemas. Reading is read-only and runs in one repeatable-read snapshot so that
 * the parts agree with each other.
 */
public final class CatalogReader {
  /**
   * The migration tools' own bookkeeping (Liquibase's changelog and lock, Flyway's history), which
   * a live database keeps beside the schema and a Liquibase replay creates: never schema, never a
   * finding, like driftgate's ledger in its own schema.
   */
  private static final java.util.Set<String> BOOKKEEPING =
      java.util.Set.of("databasechangelog", "databasechangeloglock", "flyway_schema_history");

  private CatalogReader() {}

  /** Reads every user-visible object of the database {@code connection} is connected to. */
  public static Catalog read(Connection connection) throws SQLException {
    try (ReadTransaction snapshot = ReadTransaction.begin(connection)) {
      return readInSnapshot(connection);
    }
  }

  /**
   * Reads the catalog inside the transaction {@code connection} is in (a probe's, say, which sees
   * changes not yet committed); the transaction stays open.
   */
  public static Catalog readInTransaction(Connection connection) throws SQLException {
    ReadTransaction.pin(connection);
    return readInSnapshot(connection);
  }

  /**
   * Reads the catalog with what it is read from, in one snapshot: the base of a later {@link
   * #readChanged} of the same database.
   */
  public static CatalogState readState(Connection c) throws SQLException {
    try (ReadTransaction snapshot = ReadTransaction.begin(c)) {
      Schemas schemas = schemas(c);
      Catalog catalog = readInSnapshot(c, schemas);
      return new CatalogState(catalog, CatalogObjects.read(c, schemas.oids()));
    }
  }

  /**
   * The mark of the database {@code c} is connected to, when it has one a kept state is given
   * ({@code ScratchDatabases}): a name for it no other database has, built again or not.
   */
  public static Optional<String> mark(Connection c) throws SQLException {
    return CatalogObjects.mark(c);
  }

  /**
   * Reads the catalog of the database a base was read from, after a change (a migration tried in a
   * transaction, say): the relations the change may have touched are read again, the others are
   * taken from the base's catalog, and everything else is read whole. Equal to a whole {@link
   * #read}; empty when the change is one to read whole (see {@link
   * CatalogObjects#changedRelations}) or the base is not there ({@code base} or {@code baseCatalog}
   * gives null; each is asked for when it is needed, so either may still be loading when this
   * starts).
   */
  public static Optional<Catalog> readChanged(
      Connection c, Supplier<CatalogObjects> base, Supplier<Catalog> baseCatalog)
      throws SQLException {
    try (ReadTransaction snapshot = ReadTransaction.begin(c)) {
      Schemas schemas = schemas(c);
      CatalogObjects now = CatalogObjects.read(c, schemas.oids());
      CatalogObjects baseObjects = base.get();
      if (baseObjects == null) {
        return Optional.empty();
      }
      Optional<Set<Long>> changed =
          now.changedRelations(baseObjects, objects -> dependents(c, objects));
      if (changed.isEmpty()) {
        return Optional.empty();
      }
      Map<QualifiedName, Table> readTables = new HashMap<>();
      Map<QualifiedName, View> readViews = new HashMap<>();
      Array oids = c.createArrayOf("oid", changed.get().toArray());
      relations(c, new RelationScope(schemas.oids(), oids), readTables, readViews);
      Catalog known = baseCatalog.get();
      if (known == null) {
        return Optional.empty();
      }
      TreeMap<QualifiedName, Table> tables = new TreeMap<>(known.tables());
      TreeMap<QualifiedName, View> views = new TreeMap<>(known.views());
      for (long oid : changed.get()) {
        CatalogObjects.Row before = baseObjects.relation(oid);
        if (before != null) {
          QualifiedName name = QualifiedName.of(before.schema(), before.name());
          tables.remove(name);
          views.remove(name);
        }
      }
      tables.putAll(readTables);
      views.putAll(readViews);
      return Optional.of(assemble(c, schemas, tables, views));
    }
  }

  private static Set<Long> dependents(Connection c, List<CatalogObjects.Key> objects)
      throws SQLException {
    Set<Long> relations = new HashSet<>();
    SqlResource.forEach(
        c,
        "catalog_dependents.sql",
        List.of(
            c.createArrayOf("text", objects.stream().map(CatalogObjects.Key::catalog).toArray()),
            c.createArrayOf("oid", objects.stream().map(CatalogObjects.Key::oid).toArray())),
        rs -> {
          long relation = rs.getLong("relation");
          if (!rs.wasNull()) {
            relations.add(relation);
          }
        });
    return relations;
  }

  /** The user schemas: their names, and their oids as an {@code oid[]}. */
  private record Schemas(TreeSet<String> names, Array oids) {}

  private static Schemas schemas(Connection c) throws SQLException {
    TreeSet<String> names = new TreeSet<>();
    List<Long> oids = new ArrayList<>();
    SqlResource.forEach(
        c,
        "user_schemas.sql",
        List.of(),
        rs -> {
          oids.add(rs.getLong("oid"));
          names.add(rs.getString("nspname"));
        });
    return new Schemas(names, c.createArrayOf("oid", oids.toArray()));
  }

  private static Catalog readInSnapshot(Connection c) throws SQLException {
    return readInSnapshot(c, schemas(c));
  }

  private static Catalog readInSnapshot(Connection c, Schemas schemas) throws SQLException {
    TreeMap<QualifiedName, Table> tables = new TreeMap<>();
    TreeMap<QualifiedName, View> views = new TreeMap<>();
    relations(c, RelationScope.all(schemas.oids()), tables, views);
    return assemble(c, schemas, tables, views);
  }

  /** Reads the relations in {@code scope}, with their parts, into the tables and views. */
  private static void relations(
      Connection c,
      RelationScope scope,
      Map<QualifiedName, Table> tables,
      Map<QualifiedName, View> views)
      throws SQLException {
    Map<Long, RelationParts> relations = RelationReader.read(c, scope);
    ConstraintReader.read(c, scope, relations);
    IndexReader.read(c, scope, relations);
    TriggerReader.read(c, scope, relations);
    RuleReader.read(c, scope, relations);
    StatisticsReader.read(c, scope, relations);
    for (RelationParts parts : relations.values()) {
      if (BOOKKEEPING.contains(parts.name.name()) && !parts.isView()) {
        continue;
      }
      if (parts.isView()) {
        views.put(parts.name, parts.toView());
      } else {
        tables.put(parts.name, parts.toTable());
      }
    }
  }

  /** The catalog of these relations, with everything else in the user schemas read whole. */
  private static Catalog assemble(
      Connection c,
      Schemas schemas,
      TreeMap<QualifiedName, Table> tables,
      TreeMap<QualifiedName, View> views)
      throws SQLException {
    Array schemaOids = schemas.oids();
    Catalog objects =
        new Catalog(
            schemas.names(),
            new TreeMap<>(extensions(c)),
            new TreeMap<>(TypeReader.enums(c, schemaOids)),
            new TreeMap<>(TypeReader.domains(c, schemaOids)),
            new TreeMap<>(SequenceReader.read(c, schemaOids)),
            tables,
            views,
            new TreeMap<>(RoutineReader.read(c, schemaOids)),
            new TreeMap<>());
    return objects.withPrivileges(PrivilegeReader.read(c, schemaOids, objects::holds));
  }

  private static Map<String, Extension> extensions(Connection c) throws SQLException {
    Map<String, Extension> extensions = new TreeMap<>();
    SqlResource.forEach(
        c,
        "extensions.sql",
        List.of(),
        rs ->
            extensions.put(
                rs.getString("extname"),
                new Extension(rs.getString("extname"), rs.getString("nspname"))));
    return extensions;
  }
}
