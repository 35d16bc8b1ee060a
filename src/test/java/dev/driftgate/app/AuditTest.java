package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftgate.app.audit.Audit;
import dev.driftgate.app.audit.AuditOptions;
import dev.driftgate.app.build.Progress;
import dev.driftgate.catalog.CatalogReader;
import dev.driftgate.config.SettingsReader;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.report.AuditJsonRenderer;
import dev.driftgate.report.AuditReport;
import dev.driftgate.report.AuditStatus;
import dev.driftgate.report.AuditTextRenderer;
import dev.driftgate.report.DatabaseAudit;
import dev.driftgate.report.Format;
import dev.driftgate.report.RenderOptions;
import dev.driftgate.report.Renderer;
import dev.driftgate.testing.Catalogs;
import dev.driftgate.testing.Cli.Run;
import dev.driftgate.testing.MultiTenantProject;
import dev.driftgate.testing.RunnerEnv;
import dev.driftgate.testing.TestPostgres;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit} of a master and 30 tenants on the embedded server: 24 at head, 2 behind, 1 with a
 * hand-added index, 1 stamped at head without the tables of the last two migrations, 1 without a
 * ledger, 1 registered whose database does not exist. The audit reads as a login that can only
 * read, and every database is unchanged afterwards.
 */
class AuditTest {
  private static final String WIDGETS =
      "CREATE TABLE IF NOT EXISTS widgets (id int PRIMARY KEY, name text, size int);\n";
  private static final String GADGETS =
      "CREATE TABLE IF NOT EXISTS gadgets (id int PRIMARY KEY, widget_id int REFERENCES"
          + " widgets (id) ON DELETE CASCADE);\n"
          + "ALTER TABLE projects ADD COLUMN IF NOT EXISTS gadget_count int NOT NULL DEFAULT 0;\n";

  @TempDir Path dir;
  private final RunnerEnv env = new RunnerEnv();

  /** The test server asks every role for a password (no trust authentication, SPEC §7). */
  private static final String AUDITOR_PASSWORD = "auditor-pw-5k2";

  private final String auditor = env.name("auditor");

  @AfterEach
  void dropDatabases() throws Exception {
    env.close();
    env.execute("postgres", "DROP ROLE IF EXISTS " + auditor);
  }

  @Test
  void fleetOfThirtyTenantsIsReportedDatabaseByDatabaseWithoutWritingToAny() throws Exception {
    MultiTenantProject project = fleet();
    List<String> databases = new ArrayList<>(tenantDatabases(project));
    databases.add(project.masterDb());
    Map<String, String> before = snapshots(databases);
    Path state = dir.resolve("audit-state.jsonl");

    AuditReport report = audit(project, state);
    AuditReport resumed = audit(project, state);

    Map<String, DatabaseAudit> rows = byName(report);
    assertThat(rows).hasSize(31);
    assertThat(statusCounts(report))
        .containsExactly(
            Map.entry("clean", 25L),
            Map.entry("behind", 2L),
            Map.entry("drift", 1L),
            Map.entry("ledger_mismatch", 1L),
            Map.entry("no_ledger", 1L),
            Map.entry("unreachable", 1L));
    assertThat(rows.get(project.masterDb()).status()).isEqualTo(AuditStatus.CLEAN);
    for (String slug : heads()) {
      assertThat(rows.get(slug).status()).as(slug).isEqualTo(AuditStatus.CLEAN);
      assertThat(rows.get(slug).position()).isEqualTo("add_gadgets");
      assertThat(rows.get(slug).fingerprint()).isEqualTo(rows.get("head00").fingerprint());
    }
    for (String slug : List.of("behind1", "behind2")) {
      assertThat(rows.get(slug).status()).isEqualTo(AuditStatus.BEHIND);
      assertThat(rows.get(slug).detail()).isEqualTo("behind by 2: add_widgets, add_gadgets");
      assertThat(rows.get(slug).position()).isEqualTo("add_project_dependencies");
    }
    DatabaseAudit indexed = rows.get("indexed");
    assertThat(indexed.status()).isEqualTo(AuditStatus.DRIFT);
    assertThat(indexed.findings())
        .extracting(f -> f.kind().id() + " " + f.object())
        .containsExactly("index.missing public.idx_widgets_by_hand");
    DatabaseAudit stamped = rows.get("stamped");
    assertThat(stamped.status()).isEqualTo(AuditStatus.LEDGER_MISMATCH);
    assertThat(stamped.detail())
        .isEqualTo(
            "ledger lists add_widgets, add_gadgets as applied, but the catalog is the replay"
                + " before add_widgets");
    assertThat(rows.get("noledger").status()).isEqualTo(AuditStatus.NO_LEDGER);
    assertThat(rows.get("noledger").detail()).contains("the catalog equals the replay");
    assertThat(rows.get("ghost").status()).isEqualTo(AuditStatus.UNREACHABLE);
    assertThat(rows.get("ghost").detail()).contains("database does not exist");
    // 24 heads read as one catalog; replays: tenant at 9 and at 7 (behind, and before the stamp),
    // master at 1
    assertThat(report.replays()).isEqualTo(3);
    assertThat(report.notes())
        .anyMatch(n -> n.startsWith("6 distinct catalog(s) compared, 3 replay state(s) built in"));

    AuditReport matching = audit(project, List.of(url("postgres")), env.prefix() + "head0?", null);
    AuditReport listed =
        audit(
            project,
            List.of(url(project.tenantDb("behind1")), url(project.tenantDb("indexed"))),
            null,
            null);

    assertThat(matching.databases())
        .extracting(d -> d.name() + " " + d.status().id())
        .containsExactlyElementsOf(
            heads().subList(0, 10).stream().map(h -> project.tenantDb(h) + " clean").toList());
    assertThat(listed.databases())
        .extracting(d -> d.tier() + " " + d.status().id())
        .containsExactly("tenant behind", "tenant drift");
    assertThat(snapshots(databases)).isEqualTo(before);
    assertThat(resumed.notes()).first().asString().startsWith("30 database(s) taken from");
    assertThat(statusCounts(resumed)).isEqualTo(statusCounts(report));
    assertThat(byName(resumed).get("indexed").findings()).isEqualTo(indexed.findings());

    String text = render(report, Format.TEXT);
    assertThat(text)
        .contains("behind by 2: add_widgets, add_gadgets")
        .contains(
            "index public.idx_widgets_by_hand is in the live database but not in the migrations")
        .endsWith(
            "AUDIT FAILED: 31 database(s): 25 clean, 2 behind, 1 drift, 1 ledger_mismatch,"
                + " 1 no_ledger, 1 unreachable in "
                + String.format(java.util.Locale.ROOT, "%.1f s", report.millis() / 1000.0)
                + "\n");
    assertThat(render(report, Format.JUNIT))
        .contains("tests=\"31\"")
        .contains("classname=\"stamped\"");
    for (Format f : List.of(Format.MARKDOWN, Format.GITHUB, Format.SARIF)) {
      assertThat(render(report, f)).as(f.id()).contains("idx_widgets_by_hand");
    }

    JsonNode json = json(report);
    assertThat(json.path("summary").path("databases").asInt()).isEqualTo(31);
    assertThat(json.path("summary").path("clean").asInt()).isEqualTo(25);
    assertThat(json.path("databases").get(0).fieldNames())
        .toIterable()
        .contains("name", "position", "status", "findings");
  }

  @Test
  void masterThatCannotBeReadIsExitThreeAndBadOptionsExitTwo() {
    MultiTenantProject project = new MultiTenantProject(dir, env);
    env.env().put("MASTER_DB_NAME", env.name("nowhere"));

    Run noMaster = project.cli("audit");
    Run badConnections = project.cli("audit", "--max-connections", "0");

    assertThat(noMaster.code()).as(noMaster.all()).isEqualTo(3);
    assertThat(noMaster.err()).contains("nowhere").doesNotContain("Exception");
    assertThat(badConnections.code()).isEqualTo(2);
    assertThat(badConnections.err()).contains("--max-connections 0: must be from 1 to 64");
  }

  /** Provisions the fleet (with the superuser) and the read-only login the audit reads as. */
  private MultiTenantProject fleet() throws Exception {
    MultiTenantProject project = new MultiTenantProject(dir, env);
    project.provision("head00");
    project.addMigration("add_widgets", "tenant", WIDGETS);
    project.addMigration("add_gadgets", "tenant", GADGETS);
    for (String slug : List.of("behind1", "behind2", "stamped")) {
      project.cloneTenant("head00", slug);
    }
    Run migrate = project.cli("migrate", "--all", "--tenant", "head00");
    assertThat(migrate.code()).as(migrate.all()).isZero();
    for (String slug : heads().subList(1, heads().size())) {
      project.cloneTenant("head00", slug);
    }
    project.cloneTenant("head00", "indexed");
    env.execute(project.tenantDb("indexed"), "CREATE INDEX idx_widgets_by_hand ON widgets (size)");
    project.cloneTenant("head00", "noledger");
    env.execute(project.tenantDb("noledger"), "DROP SCHEMA driftgate CASCADE");
    stamp(project, "stamped", "add_widgets", "add_gadgets");
    project.register("ghost");
    env.execute(
        "postgres",
        "CREATE ROLE "
            + auditor
            + " LOGIN PASSWORD '"
            + AUDITOR_PASSWORD
            + "' IN ROLE pg_read_all_data");
    for (String db : tenantDatabases(project)) {
      if (!db.endsWith("ghost")) {
        env.execute("postgres", "REVOKE TEMPORARY ON DATABASE " + db + " FROM PUBLIC");
      }
    }
    env.execute("postgres", "REVOKE TEMPORARY ON DATABASE " + project.masterDb() + " FROM PUBLIC");
    return project;
  }

  private static List<String> heads() {
    return IntStream.range(0, 24).mapToObj(i -> String.format("head%02d", i)).toList();
  }

  private static List<String> slugs() {
    List<String> slugs = new ArrayList<>(heads());
    slugs.addAll(List.of("behind1", "behind2", "indexed", "stamped", "noledger", "ghost"));
    return slugs;
  }

  private List<String> tenantDatabases(MultiTenantProject project) {
    return slugs().stream().map(project::tenantDb).toList();
  }

  /** Records migrations as applied without running them, as a tenant built from models is. */
  private void stamp(MultiTenantProject project, String slug, String... names) throws Exception {
    for (String name : names) {
      Path file = project.dir().resolve("migrations/" + name + ".sql");
      env.execute(
          project.tenantDb(slug),
          "INSERT INTO driftgate.migration_ledger (name, checksum, duration_ms, tool_version)"
              + " VALUES ('"
              + name
              + "', '"
              + MigrationScript.checksumOf(project.dir(), file)
              + "', 0, 'test')");
    }
  }

  private String url(String database) {
    return "jdbc:postgresql://localhost:"
        + env.port()
        + "/"
        + database
        + "?user="
        + auditor
        + "&password="
        + AUDITOR_PASSWORD;
  }

  private AuditReport audit(MultiTenantProject project, Path state) {
    return audit(project, List.of(), null, state);
  }

  private AuditReport audit(
      MultiTenantProject project, List<String> urls, String pattern, Path state) {
    Map<String, String> asAuditor = new HashMap<>(env.env());
    asAuditor.put("DB_USER", auditor);
    asAuditor.put("DB_PASSWORD", AUDITOR_PASSWORD);
    AuditOptions options =
        new AuditOptions(urls, pattern, 4, state, Duration.ofSeconds(30), Duration.ofSeconds(5));
    return new Audit(SettingsReader.read(asAuditor), TestPostgres::server)
        .run(project.dir(), options, Progress.NONE);
  }

  /** Each database's catalog model and ledger rows, read as the superuser. */
  private Map<String, String> snapshots(List<String> databases) throws Exception {
    Map<String, String> snapshots = new LinkedHashMap<>();
    for (String db : databases) {
      if (db.endsWith("ghost")) {
        continue;
      }
      try (Connection c = env.connect(db)) {
        String ledger =
            db.endsWith("noledger")
                ? "none"
                : String.join(
                    "\n",
                    Catalogs.strings(
                        env, db, "SELECT l::text FROM driftgate.migration_ledger l ORDER BY name"));
        snapshots.put(db, CatalogReader.read(c) + "\n" + ledger);
      }
    }
    return snapshots;
  }

  private static Map<String, DatabaseAudit> byName(AuditReport report) {
    Map<String, DatabaseAudit> rows = new LinkedHashMap<>();
    report.databases().forEach(d -> rows.put(d.name(), d));
    return rows;
  }

  private static Map<String, Long> statusCounts(AuditReport report) {
    return report.summary().entrySet().stream()
        .collect(
            Collectors.toMap(
                e -> e.getKey().id(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  private static String render(AuditReport report, Format format) throws Exception {
    StringWriter out = new StringWriter();
    RenderOptions options = RenderOptions.plain("test");
    if (format == Format.TEXT) {
      new AuditTextRenderer(options).render(report, false, out);
    } else {
      Renderer.of(format, options).render(report.asReport(), out);
    }
    return out.toString();
  }

  private static JsonNode json(AuditReport report) throws Exception {
    StringWriter out = new StringWriter();
    AuditJsonRenderer.render(report, false, out);
    return new ObjectMapper().readTree(out.toString());
  }
}
