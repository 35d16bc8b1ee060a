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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

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

  private static Catalog readInSnapshot(Connection c) throws SQLException {
    TreeSet<String> schemas = new TreeSet<>();
    List<Long> oids = new ArrayList<>();
    SqlResource.forEach(
        c,
        "user_schemas.sql",
        List.of(),
        rs -> {
          oids.add(rs.getLong("oid"));
          schemas.add(rs.getString("nspname"));
        });
    Array schemaOids = c.createArrayOf("oid", oids.toArray());
    Map<Long, RelationParts> relations = RelationReader.read(c, schemaOids);
    ConstraintReader.read(c, schemaOids, relations);
    IndexReader.read(c, schemaOids, relations);
    TriggerReader.read(c, schemaOids, relations);
    RuleReader.read(c, schemaOids, relations);
    StatisticsReader.read(c, schemaOids, relations);
    TreeMap<QualifiedName, Table> tables = new TreeMap<>();
    TreeMap<QualifiedName, View> views = new TreeMap<>();
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
    Catalog objects =
        new Catalog(
            schemas,
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
