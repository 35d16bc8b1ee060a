package dev.driftgate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.model.Privilege;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.postgres.SharedServer;
import dev.driftgate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Privileges as the catalog reader records them: the same grants made by different owners, in other
 * spellings, read the same; only what differs from PostgreSQL's defaults is recorded.
 */
class PrivilegeReaderTest {
  private static final String OBJECTS =
      """
      CREATE SCHEMA crm;
      CREATE TABLE crm.contacts (id bigint PRIMARY KEY, email text);
      CREATE SEQUENCE crm.contact_numbers;
      CREATE FUNCTION crm.contact_count() RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';
      """;

  @Test
  void theSameGrantsByAnotherOwnerInAnotherSpellingReadTheSame() throws SQLException {
    SharedServer server = TestPostgres.server();
    try (ScratchDatabases databases = new ScratchDatabases(server)) {
      String first = databases.create("privileges_a");
      String second = databases.create("privileges_b");
      try (Connection admin = server.connect("postgres")) {
        run(admin, "DROP ROLE IF EXISTS dg_priv_app", "DROP ROLE IF EXISTS dg_priv_owner");
        run(admin, "CREATE ROLE dg_priv_app NOLOGIN", "CREATE ROLE dg_priv_owner NOLOGIN");
        run(admin, "ALTER DATABASE " + second + " OWNER TO dg_priv_owner");
      }
      try {
        Map<String, Privilege> a = readAfter(server, first, OBJECTS, firstSpelling());
        Map<String, Privilege> b = readAfter(server, second, OBJECTS, secondSpelling());

        assertThat(b).isEqualTo(a);
        assertThat(describe(a))
            .containsOnly(
                "COLUMN crm.contacts.email TO dg_priv_app [UPDATE] []",
                "DEFAULT default privileges in schema crm on tables TO dg_priv_app [SELECT] []",
                "DEFAULT default privileges in schema public on tables TO dg_priv_app [SELECT] []",
                "ROUTINE crm.contact_count() TO PUBLIC [] []",
                "SCHEMA crm TO dg_priv_app [USAGE] []",
                PUBLIC_SCHEMA,
                "SEQUENCE crm.contact_numbers TO dg_priv_app [SELECT, UPDATE, USAGE] [USAGE]",
                "TABLE crm.contacts TO dg_priv_app [INSERT, SELECT] []");
      } finally {
        try (Connection admin = server.connect("postgres")) {
          databases.drop(first);
          databases.drop(second);
          run(admin, "DROP ROLE dg_priv_app", "DROP ROLE dg_priv_owner");
        }
      }
    }
  }

  /** PostgreSQL 15 creates the public schema with USAGE for PUBLIC, beyond acldefault. */
  private static final String PUBLIC_SCHEMA = "SCHEMA public TO PUBLIC [USAGE] []";

  @Test
  void aDatabaseWithoutGrantsHoldsOnlyWhatThePublicSchemaIsCreatedWith() throws SQLException {
    SharedServer server = TestPostgres.server();
    try (ScratchDatabases databases = new ScratchDatabases(server)) {
      String db = databases.create("privileges_none");
      assertThat(describe(readAfter(server, db, OBJECTS, "SELECT 1")))
          .containsExactly(PUBLIC_SCHEMA);
    }
  }

  private static String firstSpelling() {
    return """
        GRANT USAGE ON SCHEMA crm TO dg_priv_app;
        GRANT SELECT, INSERT ON crm.contacts TO dg_priv_app;
        GRANT UPDATE (email) ON crm.contacts TO dg_priv_app;
        GRANT ALL ON SEQUENCE crm.contact_numbers TO dg_priv_app;
        GRANT USAGE ON SEQUENCE crm.contact_numbers TO dg_priv_app WITH GRANT OPTION;
        REVOKE EXECUTE ON FUNCTION crm.contact_count() FROM PUBLIC;
        ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO dg_priv_app;
        """;
  }

  /** Run as another role, which owns the objects and the database. */
  private static String secondSpelling() {
    return """
        SET ROLE dg_priv_owner;
        ALTER DEFAULT PRIVILEGES IN SCHEMA crm GRANT SELECT ON TABLES TO dg_priv_app;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO dg_priv_app;
        REVOKE ALL ON FUNCTION crm.contact_count() FROM PUBLIC;
        GRANT INSERT ON crm.contacts TO dg_priv_app;
        GRANT UPDATE (email), SELECT ON crm.contacts TO dg_priv_app;
        GRANT USAGE, SELECT, UPDATE ON crm.contact_numbers TO dg_priv_app WITH GRANT OPTION;
        REVOKE GRANT OPTION FOR SELECT, UPDATE ON crm.contact_numbers FROM dg_priv_app;
        GRANT ALL ON SCHEMA crm TO dg_priv_app;
        REVOKE CREATE ON SCHEMA crm FROM dg_priv_app;
        RESET ROLE;
        """;
  }

  private static Map<String, Privilege> readAfter(
      SharedServer server, String db, String objects, String grants) throws SQLException {
    try (Connection c = server.connect(db)) {
      if (grants.startsWith("SET ROLE")) {
        run(c, "SET ROLE dg_priv_owner");
      }
      run(c, objects, grants);
      return CatalogReader.read(c).privileges();
    }
  }

  private static List<String> describe(Map<String, Privilege> privileges) {
    return new TreeMap<>(privileges)
        .values().stream().map(p -> p.key() + " " + p.privileges() + " " + p.grantable()).toList();
  }

  private static void run(Connection c, String... sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String each : sql) {
        s.execute(each);
      }
    }
  }
}
