package dev.driftgate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.ExclusionConstraint;
import dev.driftgate.model.Index;
import dev.driftgate.model.Table;
import dev.driftgate.model.UniqueConstraint;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.postgres.SharedServer;
import dev.driftgate.sqlscript.MetaCommand;
import dev.driftgate.sqlscript.ScriptItem;
import dev.driftgate.sqlscript.ScriptReader;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import schemacrawler.schema.ForeignKey;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * SchemaCrawler, through JDBC metadata, as an independent oracle for what the catalog reader's own
 * pg_catalog queries find in the Milestone tenant database: the same tables, columns in the same
 * order with the same nullability, primary keys, foreign keys and indexes.
 */
class SchemaCrawlerOracleTest {

  @Test
  void theCatalogReaderAgreesWithSchemaCrawler() throws Exception {
    SharedServer server = TestPostgres.server();
    try (ScratchDatabases databases = new ScratchDatabases(server)) {
      String db = databases.create("oracle");
      try (Connection c = server.connect(db)) {
        buildTenantTier(c);
        try (Statement analyze = c.createStatement()) {
          // SchemaCrawler's JDBC metadata queries need fresh catalog statistics (PERF-NOTES)
          analyze.execute("ANALYZE");
        }
        Catalog ours = CatalogReader.read(c);
        schemacrawler.schema.Catalog theirs = schemaCrawler(c);

        assertThat(describe(ours)).isEqualTo(describe(theirs));
        assertThat(ours.tables()).hasSizeGreaterThanOrEqualTo(15);
      }
    }
  }

  private static void buildTenantTier(Connection c) throws Exception {
    boolean tenant = false;
    try (java.sql.Statement s = c.createStatement()) {
      for (ScriptItem item :
          new ScriptReader()
              .read(Projects.milestone(), Projects.milestone().resolve("setup_databases.sql"))
              .items()) {
        if (item instanceof MetaCommand.Connect connect) {
          tenant = connect.database().equals("milestone");
        } else if (tenant && item instanceof dev.driftgate.sqlscript.Statement statement) {
          s.execute(statement.sql());
        }
      }
    }
  }

  private static schemacrawler.schema.Catalog schemaCrawler(Connection c) throws Exception {
    SchemaCrawlerOptions options =
        SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
            .withLimitOptions(
                LimitOptionsBuilder.builder().includeSchemas(Pattern.compile("public")).toOptions())
            .withLoadOptions(
                LoadOptionsBuilder.builder()
                    .withSchemaInfoLevel(SchemaInfoLevelBuilder.standard())
                    .toOptions());
    return SchemaCrawlerUtility.getCatalog(DatabaseConnectionSources.fromConnection(c), options);
  }

  /** Per table: columns with nullability, primary key, foreign keys and index names. */
  private static Map<String, String> describe(Catalog catalog) {
    Map<String, String> tables = new TreeMap<>();
    for (Table t : catalog.tables().values()) {
      Set<String> indexes = new TreeSet<>();
      t.indexes().stream().map(Index::name).forEach(indexes::add);
      t.uniqueConstraints().stream().map(UniqueConstraint::name).forEach(indexes::add);
      t.exclusions().stream().map(ExclusionConstraint::name).forEach(indexes::add);
      indexes.add(t.primaryKey().name());
      tables.put(
          t.name().name(),
          t.columns().stream()
                  .map(col -> col.name() + (col.notNull() ? " not null" : ""))
                  .collect(Collectors.joining(", "))
              + " | pk "
              + t.primaryKey().columns()
              + " | fk "
              + t.foreignKeys().stream()
                  .map(fk -> fk.columns() + "->" + fk.referencedTable().name())
                  .sorted()
                  .toList()
              + " | indexes "
              + indexes);
    }
    return tables;
  }

  private static Map<String, String> describe(schemacrawler.schema.Catalog catalog) {
    Map<String, String> tables = new TreeMap<>();
    for (schemacrawler.schema.Table t : catalog.getTables()) {
      if (t.getTableType().isView()) {
        continue;
      }
      Set<String> indexes = new TreeSet<>();
      t.getIndexes().forEach(i -> indexes.add(i.getName()));
      tables.put(
          t.getName(),
          t.getColumns().stream()
                  .map(col -> col.getName() + (col.isNullable() ? "" : " not null"))
                  .collect(Collectors.joining(", "))
              + " | pk "
              + t.getPrimaryKey().getConstrainedColumns().stream()
                  .map(schemacrawler.schema.Column::getName)
                  .toList()
              + " | fk "
              + t.getImportedForeignKeys().stream()
                  .map(SchemaCrawlerOracleTest::shape)
                  .sorted()
                  .toList()
              + " | indexes "
              + indexes);
    }
    return tables;
  }

  private static String shape(ForeignKey fk) {
    return fk.getColumnReferences().stream().map(r -> r.getForeignKeyColumn().getName()).toList()
        + "->"
        + fk.getPrimaryKeyTable().getName();
  }
}
