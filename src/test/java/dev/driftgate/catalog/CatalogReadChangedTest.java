package dev.driftgate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.model.Catalog;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.postgres.SharedServer;
import dev.driftgate.testing.RichSchema;
import dev.driftgate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalog read after a change that reads again only the relations the change may have touched
 * (the replay cache's trial of an edited migration) gives exactly the catalog a whole read gives:
 * each change below is made in a transaction on one schema, read both ways and rolled back. The
 * changes rename what others print (columns a view reads, a table a foreign key references, the
 * type, sequence, function or domain a column or default names), drop with cascades, and touch
 * every part of a relation. A change that can alter how unrelated objects print (a schema renamed,
 * a name now shared) is left to a whole read, and the test says which.
 */
class CatalogReadChangedTest {

  private static SharedServer server;
  private static ScratchDatabases databases;
  private static String database;
  private static CatalogState base;

  @BeforeAll
  static void build() throws SQLException {
    server = TestPostgres.server();
    databases = new ScratchDatabases(server);
    database = databases.create("read_changed");
    try (Connection c = server.connect(database);
        Statement s = c.createStatement()) {
      s.execute(RichSchema.SQL);
      // the mark a kept database has (ScratchDatabases): without one, every read is a whole one
      s.execute("COMMENT ON DATABASE " + database + " IS 'driftgate state for this test'");
      base = CatalogReader.readState(c);
    }
  }

  @AfterAll
  static void drop() {
    databases.close();
  }

  static List<Map.Entry<String, String>> readAgain() {
    return List.copyOf(READ_AGAIN.entrySet());
  }

  static List<Map.Entry<String, String>> readWhole() {
    return List.copyOf(READ_WHOLE.entrySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readAgain")
  void aChangedRelationReadAgainGivesTheWholeReadsCatalog(Map.Entry<String, String> change)
      throws SQLException {
    try (Connection c = server.connect(database)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(change.getValue());
      }
      Catalog whole = CatalogReader.read(c);
      Optional<Catalog> changed = CatalogReader.readChanged(c, base::objects, base::catalog);
      c.rollback();

      assertThat(whole).as("the change shows in the catalog").isNotEqualTo(base.catalog());
      assertThat(changed).as("read by what changed").isPresent();
      assertThat(changed.get()).isEqualTo(whole);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readWhole")
  void aChangeThatMayReprintOthersIsLeftToAWholeRead(Map.Entry<String, String> change)
      throws SQLException {
    try (Connection c = server.connect(database)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(change.getValue());
      }
      Optional<Catalog> changed = CatalogReader.readChanged(c, base::objects, base::catalog);
      c.rollback();

      assertThat(changed).isEmpty();
    }
  }

  @Test
  void unchangedTheReadTakesEverythingFromTheBase() throws SQLException {
    try (Connection c = server.connect(database)) {
      assertThat(CatalogReader.readChanged(c, base::objects, base::catalog))
          .contains(base.catalog());
    }
  }

  @Test
  void aCopyOfTheDatabaseIsReadWhole() throws SQLException {
    String copy = databases.cloneOf(database, "read_changed_copy");
    try (Connection c = server.connect(copy)) {
      assertThat(CatalogReader.read(c)).isEqualTo(base.catalog());
      assertThat(CatalogReader.readChanged(c, base::objects, base::catalog)).isEmpty();
    }
  }

  private static final Map<String, String> READ_AGAIN = new LinkedHashMap<>();
  private static final Map<String, String> READ_WHOLE = new LinkedHashMap<>();

  static {
    READ_AGAIN.put("add a column", "ALTER TABLE orders ADD COLUMN note text");
    READ_AGAIN.put("drop a column", "ALTER TABLE orders DROP COLUMN moods");
    READ_AGAIN.put(
        "rename a column views and foreign keys read",
        "ALTER TABLE customers RENAME COLUMN id TO customer_no");
    READ_AGAIN.put("rename a referenced table", "ALTER TABLE customers RENAME TO clients");
    READ_AGAIN.put("rename a table in another schema", "ALTER TABLE crm.notes RENAME TO remarks");
    READ_AGAIN.put("move a table to another schema", "ALTER TABLE crm.notes SET SCHEMA public");
    READ_AGAIN.put(
        "rename the sequence a default names", "ALTER SEQUENCE ticket_numbers RENAME TO tickets");
    READ_AGAIN.put("rename an enum columns use", "ALTER TYPE mood RENAME TO feeling");
    READ_AGAIN.put(
        "rename an enum value a view names", "ALTER TYPE mood RENAME VALUE 'happy' TO 'glad'");
    READ_AGAIN.put("add an enum value", "ALTER TYPE mood ADD VALUE 'angry'");
    READ_AGAIN.put("rename a domain a column uses", "ALTER DOMAIN positive RENAME TO above_zero");
    READ_AGAIN.put(
        "rename a function a check and an index call",
        "ALTER FUNCTION double_it(integer) RENAME TO twice");
    READ_AGAIN.put(
        "add a function", "CREATE FUNCTION helper() RETURNS int LANGUAGE sql AS 'SELECT 1'");
    READ_AGAIN.put("add an index", "CREATE INDEX orders_ticket ON orders (ticket)");
    READ_AGAIN.put("drop an index", "DROP INDEX orders_customer");
    READ_AGAIN.put("rename an index", "ALTER INDEX orders_doubled RENAME TO orders_twice");
    READ_AGAIN.put(
        "rename the replica identity's index",
        "ALTER TABLE customers REPLICA IDENTITY USING INDEX customers_pkey;"
            + " ALTER INDEX customers_pkey RENAME TO customers_key");
    READ_AGAIN.put(
        "drop a foreign key", "ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey");
    READ_AGAIN.put(
        "add a foreign key",
        "ALTER TABLE crm.tags ADD CONSTRAINT tags_order FOREIGN KEY (id) REFERENCES orders (id)");
    READ_AGAIN.put("drop a check", "ALTER TABLE customers DROP CONSTRAINT name_len");
    READ_AGAIN.put("drop a default", "ALTER TABLE customers ALTER COLUMN mood DROP DEFAULT");
    READ_AGAIN.put("set a default", "ALTER TABLE crm.tags ALTER COLUMN label SET DEFAULT 'none'");
    READ_AGAIN.put("set not null", "ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL");
    READ_AGAIN.put(
        "change a column's type", "ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2)");
    READ_AGAIN.put(
        "change a referencing column's type",
        "ALTER TABLE crm.notes ALTER COLUMN customer_id TYPE integer");
    READ_AGAIN.put("drop a table with cascade", "DROP TABLE customers CASCADE");
    READ_AGAIN.put(
        "add a table",
        "CREATE TABLE invoices (id int PRIMARY KEY, order_id int REFERENCES orders (id))");
    READ_AGAIN.put(
        "replace a view another reads",
        "CREATE OR REPLACE VIEW happy_customers AS"
            + " SELECT id, name FROM customers WHERE mood = 'happy' AND score > 1");
    READ_AGAIN.put(
        "rename a view's column another view reads",
        "ALTER VIEW happy_customers RENAME COLUMN name TO full_name");
    READ_AGAIN.put("drop a column's comment", "COMMENT ON COLUMN orders.total IS NULL");
    READ_AGAIN.put("comment on a table", "COMMENT ON TABLE crm.tags IS 'labels'");
    READ_AGAIN.put("comment on a view", "COMMENT ON VIEW happy_orders IS 'joined'");
    READ_AGAIN.put("grant on a table", "GRANT SELECT ON orders TO PUBLIC");
    READ_AGAIN.put("grant on a column", "GRANT UPDATE (name) ON customers TO PUBLIC");
    READ_AGAIN.put("disable a trigger", "ALTER TABLE orders DISABLE TRIGGER orders_touch");
    READ_AGAIN.put("drop a trigger", "DROP TRIGGER orders_touch ON orders");
    READ_AGAIN.put(
        "change an identity", "ALTER TABLE customers ALTER COLUMN id SET INCREMENT BY 5");
    READ_AGAIN.put(
        "add a partition",
        "CREATE TABLE events_2025 PARTITION OF events"
            + " FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
    READ_AGAIN.put("detach a partition", "ALTER TABLE events DETACH PARTITION events_2024");
    READ_AGAIN.put("rename a partitioned table", "ALTER TABLE events RENAME TO happenings");
    READ_AGAIN.put("drop a policy", "DROP POLICY own ON customers");
    READ_AGAIN.put("disable row security", "ALTER TABLE customers DISABLE ROW LEVEL SECURITY");
    READ_AGAIN.put("drop statistics", "DROP STATISTICS orders_stats");
    READ_AGAIN.put("drop a rule", "DROP RULE notes_kept ON crm.notes");
    READ_AGAIN.put("set unlogged", "ALTER TABLE crm.unrelated SET UNLOGGED");
    READ_AGAIN.put("set storage parameters", "ALTER TABLE crm.unrelated SET (fillfactor = 70)");

    READ_WHOLE.put("rename a schema", "ALTER SCHEMA crm RENAME TO sales");
    READ_WHOLE.put("add a schema", "CREATE SCHEMA billing");
    READ_WHOLE.put(
        "add a table whose name another schema's table has", "CREATE TABLE crm.orders (id int)");
    READ_WHOLE.put(
        "add a function that overloads another",
        "CREATE FUNCTION double_it(bigint) RETURNS bigint LANGUAGE sql AS 'SELECT $1 * 2'");
  }
}
