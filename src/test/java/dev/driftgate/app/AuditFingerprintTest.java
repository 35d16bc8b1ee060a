package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.audit.Audit;
import dev.driftgate.app.audit.AuditOptions;
import dev.driftgate.app.build.Progress;
import dev.driftgate.catalog.CatalogFingerprint;
import dev.driftgate.config.SettingsReader;
import dev.driftgate.report.AuditReport;
import dev.driftgate.report.AuditStatus;
import dev.driftgate.report.DatabaseAudit;
import dev.driftgate.testing.Cli.Run;
import dev.driftgate.testing.MultiTenantProject;
import dev.driftgate.testing.RunnerEnv;
import dev.driftgate.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit's fingerprint shortcut (issue 17) never hides drift: a tenant at head is read first
 * (one connection, so in order), and every other tenant, at the same ledger position, differs from
 * it in one object kind the comparison looks at. Had the fingerprint missed that kind, the tenant
 * would share the head's catalog and be reported clean.
 */
class AuditFingerprintTest {
  private static final String SCHEMA =
      """
      CREATE TABLE IF NOT EXISTS widgets (id int PRIMARY KEY, name text, size int);
      CREATE OR REPLACE FUNCTION widgets_touch() RETURNS trigger LANGUAGE plpgsql
        AS $$ BEGIN NEW.size := coalesce(NEW.size, 0); RETURN NEW; END $$;
      DROP TRIGGER IF EXISTS widgets_touch ON widgets;
      CREATE TRIGGER widgets_touch BEFORE INSERT ON widgets
        FOR EACH ROW EXECUTE FUNCTION widgets_touch();
      ALTER TABLE widgets ENABLE ROW LEVEL SECURITY;
      DROP POLICY IF EXISTS widgets_all ON widgets;
      CREATE POLICY widgets_all ON widgets USING (true);
      """;

  /** One change per object kind, each on its own tenant. */
  private static final Map<String, String> MUTATIONS = mutations();

  @TempDir Path dir;
  private final RunnerEnv env = new RunnerEnv();

  @AfterEach
  void dropDatabases() throws Exception {
    env.close();
  }

  @Test
  void everyObjectKindChangedOnOneTenantIsReportedDespiteAnEqualLedger() throws Exception {
    MultiTenantProject project = new MultiTenantProject(dir, env);
    project.provision("a_head");
    project.addMigration("add_widgets", "tenant", SCHEMA);
    Run migrate = project.cli("migrate", "--all", "--tenant", "a_head");
    assertThat(migrate.code()).as(migrate.all()).isZero();
    project.cloneTenant("a_head", "b_same");
    for (Map.Entry<String, String> m : MUTATIONS.entrySet()) {
      project.cloneTenant("a_head", m.getKey());
      env.execute(project.tenantDb(m.getKey()), m.getValue());
    }

    // the sizes and horizons VACUUM and ANALYZE write over pg_class rows in place move nothing
    project.cloneTenant("a_head", "b_vacuumed");
    env.execute(project.tenantDb("b_vacuumed"), "VACUUM ANALYZE widgets");
    for (Map.Entry<String, String> m : RAW_ONLY.entrySet()) {
      project.cloneTenant("a_head", m.getKey());
      env.execute(project.tenantDb(m.getKey()), m.getValue());
    }

    String head = fingerprint(project, "a_head");
    String rawHead = rawFingerprint(project, "a_head");
    assertThat(fingerprint(project, "b_same")).isEqualTo(head);
    assertThat(rawFingerprint(project, "b_same")).as("a clone, raw").isEqualTo(rawHead);
    assertThat(rawFingerprint(project, "b_vacuumed")).as("vacuumed, raw").isEqualTo(rawHead);
    for (String slug : MUTATIONS.keySet()) {
      assertThat(fingerprint(project, slug)).as(slug).isNotEqualTo(head);
      assertThat(rawFingerprint(project, slug)).as(slug + ", raw").isNotEqualTo(rawHead);
    }
    // changes to rows initdb made (the public schema's), to small catalogs, and new comments
    for (String slug : RAW_ONLY.keySet()) {
      assertThat(rawFingerprint(project, slug)).as(slug + ", raw").isNotEqualTo(rawHead);
    }
    Map<String, DatabaseAudit> rows = byName(audit(project));
    assertThat(rows.get("a_head").status()).isEqualTo(AuditStatus.CLEAN);
    assertThat(rows.get("b_same").status()).isEqualTo(AuditStatus.CLEAN);
    assertThat(rows.get("b_vacuumed").status()).isEqualTo(AuditStatus.CLEAN);
    for (String slug : MUTATIONS.keySet()) {
      DatabaseAudit row = rows.get(slug);
      assertThat(row.status()).as(slug).isEqualTo(AuditStatus.DRIFT);
      assertThat(row.position()).as(slug).isEqualTo("add_widgets");
      assertThat(row.fingerprint()).as(slug).isNotEqualTo(rows.get("a_head").fingerprint());
    }
    // two different drifts at one ledger position stay two rows with their own findings
    assertThat(objects(rows.get("m_index"))).contains("public.idx_widgets_by_size");
    assertThat(objects(rows.get("m_index"))).doesNotContain("public.extra");
    assertThat(objects(rows.get("m_table"))).contains("public.extra");
    assertThat(objects(rows.get("m_table"))).doesNotContain("public.idx_widgets_by_size");
  }

  /** Changes the raw fingerprint must see too, whatever the comparison makes of them. */
  private static final Map<String, String> RAW_ONLY =
      Map.of(
          "r_schema_grant", "GRANT CREATE ON SCHEMA public TO PUBLIC",
          "r_schema_comment", "COMMENT ON SCHEMA public IS 'tenant'",
          "r_table_comment", "COMMENT ON TABLE widgets IS 'tenant'",
          "r_default_privileges", "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC",
          "r_no_plpgsql", "DROP EXTENSION IF EXISTS plpgsql CASCADE");

  private static Map<String, String> mutations() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("m_table", "CREATE TABLE extra (id int)");
    m.put("m_column_type", "ALTER TABLE widgets ALTER COLUMN size TYPE bigint");
    m.put("m_default", "ALTER TABLE widgets ALTER COLUMN size SET DEFAULT 7");
    m.put("m_index", "CREATE INDEX idx_widgets_by_size ON widgets (size)");
    m.put("m_constraint", "ALTER TABLE widgets ADD CONSTRAINT size_positive CHECK (size > 0)");
    m.put(
        "m_function",
        "CREATE OR REPLACE FUNCTION widgets_touch() RETURNS trigger LANGUAGE plpgsql"
            + " AS $$ BEGIN NEW.size := coalesce(NEW.size, 1); RETURN NEW; END $$");
    m.put("m_trigger", "ALTER TABLE widgets DISABLE TRIGGER widgets_touch");
    m.put("m_policy", "ALTER POLICY widgets_all ON widgets USING (size > 0)");
    m.put("m_grant", "GRANT SELECT ON widgets TO PUBLIC");
    return m;
  }

  private String fingerprint(MultiTenantProject project, String slug) throws Exception {
    try (Connection c = env.connect(project.tenantDb(slug))) {
      return CatalogFingerprint.of(c);
    }
  }

  private String rawFingerprint(MultiTenantProject project, String slug) throws Exception {
    try (Connection c = env.connect(project.tenantDb(slug))) {
      return CatalogFingerprint.raw(c);
    }
  }

  /** With one connection the tenants are read in the master's order: the head first. */
  private AuditReport audit(MultiTenantProject project) {
    AuditOptions options =
        new AuditOptions(List.of(), null, 1, null, Duration.ofSeconds(30), Duration.ofSeconds(5));
    return new Audit(SettingsReader.read(env.env()), TestPostgres::server)
        .run(project.dir(), options, Progress.NONE);
  }

  private static List<String> objects(DatabaseAudit row) {
    return row.findings().stream().map(f -> f.object()).toList();
  }

  private static Map<String, DatabaseAudit> byName(AuditReport report) {
    Map<String, DatabaseAudit> rows = new LinkedHashMap<>();
    report.databases().forEach(d -> rows.put(d.name(), d));
    return rows;
  }
}
