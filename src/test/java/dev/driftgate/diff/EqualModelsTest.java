package dev.driftgate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.catalog.CatalogReader;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.Provenance;
import dev.driftgate.model.Table;
import dev.driftgate.model.View;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.postgres.SharedServer;
import dev.driftgate.testing.RichSchema;
import dev.driftgate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The comparison skips a table or view whose models on the two sides are equal (a tried migration's
 * catalog read shares the canonical state's models of what it did not read again; states read from
 * the cache's files are equal copies). That is only right while the full comparison of equal models
 * finds nothing: checked here on a schema of nearly every kind.
 */
class EqualModelsTest {
  @Test
  void equalTablesAndViewsCompareWithoutFindingsTheLongWay() throws Exception {
    SharedServer server = TestPostgres.server();
    try (ScratchDatabases databases = new ScratchDatabases(server)) {
      String database = databases.create("equal_models");
      Catalog catalog;
      try (Connection c = server.connect(database);
          Statement s = c.createStatement()) {
        s.execute(RichSchema.SQL);
        catalog = CatalogReader.read(c);
      }
      Catalog copy = copy(catalog);
      assertThat(catalog.tables()).hasSizeGreaterThan(5);
      assertThat(catalog.views()).hasSizeGreaterThan(1);

      Comparison cmp =
          new Comparison(
              "test",
              new Comparison.Side(Source.SETUP, Provenance.NONE),
              new Comparison.Side(Source.MIGRATIONS, Provenance.NONE));
      for (Table table : catalog.tables().values()) {
        Table other = copy.tables().get(table.name());
        assertThat(other).isEqualTo(table).isNotSameAs(table);
        TableDiff.differences(cmp, table, other, catalog, copy);
      }
      for (View view : catalog.views().values()) {
        ViewDiff.differences(cmp, view, copy.views().get(view.name()));
      }
      assertThat(cmp.findings()).isEmpty();
      // the long way does compare: two different tables differ
      Comparison other =
          new Comparison(
              "test",
              new Comparison.Side(Source.SETUP, Provenance.NONE),
              new Comparison.Side(Source.MIGRATIONS, Provenance.NONE));
      Table orders = catalog.tables().get(dev.driftgate.model.QualifiedName.of("public", "orders"));
      Table customers =
          copy.tables().get(dev.driftgate.model.QualifiedName.of("public", "customers"));
      TableDiff.differences(other, orders, customers, catalog, copy);
      assertThat(other.findings()).isNotEmpty();
      assertThat(
              CatalogDiff.compare(
                  "test",
                  new CatalogDiff.Side(Source.SETUP, catalog, Provenance.NONE),
                  new CatalogDiff.Side(Source.MIGRATIONS, copy, Provenance.NONE)))
          .isEmpty();
    }
  }

  /** An equal catalog of other objects, as a state's file gives it back. */
  private static Catalog copy(Catalog catalog) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(catalog);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      return (Catalog) in.readObject();
    }
  }
}
