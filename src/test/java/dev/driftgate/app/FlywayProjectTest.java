package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftgate.app.migrate.Migrate;
import dev.driftgate.app.migrate.MigrateOptions;
import dev.driftgate.app.migrate.MigrateReport;
import dev.driftgate.app.verify.Verify;
import dev.driftgate.catalog.CatalogReader;
import dev.driftgate.config.SettingsReader;
import dev.driftgate.diff.CatalogDiff;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Source;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.Provenance;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.RunnerEnv;
import dev.driftgate.testing.TestPostgres;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Flyway projects ({@code src/test/resources/flyway/<scenario>}), read without a manifest: each
 * verifies clean with driftgate, and driftgate's replay builds the very catalog Flyway itself
 * builds from the same project.
 */
class FlywayProjectTest {
  private static final String SCENARIOS = "src/test/resources/flyway";

  private static Path scenario(String name) {
    return Paths.get(SCENARIOS, name).toAbsolutePath();
  }

  @Test
  void springProjectWithACanonicalScriptVerifiesClean() {
    Report report = new Verify(TestPostgres::server).run(scenario("spring"));

    assertThat(report.findings()).isEmpty();
    assertThat(report.notes())
        .anyMatch(n -> n.startsWith("Flyway, 9 migrations in 2 locations"))
        .anyMatch(n -> n.contains("canonical script src/main/resources/schema.sql"));
    assertThat(result(report, Check.SETUP_VS_MIGRATIONS).skipped()).isNull();
  }

  @Test
  void projectWithoutACanonicalScriptOnlyReplaysAndSaysSo() {
    Report report = new Verify(TestPostgres::server).run(scenario("conf"));

    assertThat(report.findings()).isEmpty();
    assertThat(report.notes())
        .anyMatch(n -> n.startsWith("Flyway, 3 migrations in 1 location (filesystem:db)"))
        .anyMatch(n -> n.contains("no canonical script"));
    assertThat(result(report, Check.SETUP_VS_MIGRATIONS).skipped()).contains("driftgate.yaml");
    assertThat(result(report, Check.FRESH_INSTALL).skipped()).contains("driftgate.yaml");
    assertThat(result(report, Check.MIGRATIONS).summary()).contains("3/3 migrations");
  }

  @Test
  void aSeededDifferenceIsReportedWithFileAndLine(@TempDir Path tmp) {
    Path project = tmp.resolve("spring");
    Projects.copyTree(scenario("spring"), project);
    Projects.replaceOnce(
        project.resolve("sql/extra/reporting/V2__invoices.sql"),
        "issued_on date NOT NULL",
        "issued_on timestamptz NOT NULL");

    Report report = new Verify(TestPostgres::server).run(project);

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.COLUMN_TYPE);
              assertThat(f.object()).isEqualTo("public.invoices.issued_on");
              assertThat(f.leftLocation()).isEqualTo("src/main/resources/schema.sql:24");
              assertThat(f.rightLocation()).isEqualTo("sql/extra/reporting/V2__invoices.sql:5");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"spring", "conf"})
  void driftgateReplaysWhatFlywayBuilds(String name) throws Exception {
    Path project = scenario(name);
    try (RunnerEnv env = new RunnerEnv()) {
      String byFlyway = env.name("flyway");
      String byDriftgate = env.name("app");
      env.execute("postgres", "CREATE DATABASE " + byFlyway);
      env.execute("postgres", "CREATE DATABASE " + byDriftgate);

      Flyway.configure()
          .dataSource(TestPostgres.server().jdbcUrl(byFlyway), null, null)
          .configuration(flywaySettings(project))
          .load()
          .migrate();
      MigrateReport migrated =
          new Migrate(SettingsReader.read(env.env()))
              .run(
                  project,
                  new MigrateOptions(
                      null, null, Duration.ZERO, Duration.ZERO, false, false, 1, false),
                  (r, done, total) -> {});
      assertThat(migrated.failed()).as(migrated.toString()).isFalse();

      List<Finding> differences =
          CatalogDiff.compare(
              "default",
              new CatalogDiff.Side(Source.MIGRATIONS, catalog(env, byDriftgate), Provenance.NONE),
              new CatalogDiff.Side(Source.LIVE, catalog(env, byFlyway), Provenance.NONE));
      assertThat(differences).isEmpty();
    }
  }

  @Test
  void anUnknownPlaceholderIsBadInputNamingFileAndLine(@TempDir Path tmp) throws IOException {
    Path project = tmp.resolve("spring");
    Projects.copyTree(scenario("spring"), project);
    Projects.replaceOnce(
        project.resolve("src/main/resources/db/migration/core/V1_1__add_orders.sql"),
        "numeric(12, 2)",
        "numeric(${precision}, 2)");

    assertThatThrownBy(() -> new Verify(TestPostgres::server).run(project))
        .isInstanceOf(DriftgateException.class)
        .hasMessageContaining(
            "src/main/resources/db/migration/core/V1_1__add_orders.sql:4: no value provided for"
                + " placeholder ${precision}");
  }

  @Test
  void twoMigrationsWithOneVersionAreBadInput(@TempDir Path tmp) throws IOException {
    Path project = tmp.resolve("spring");
    Projects.copyTree(scenario("spring"), project);
    Files.writeString(project.resolve("sql/extra/V1_10__again.sql"), "SELECT 1;\n");

    assertThatThrownBy(() -> new Verify(TestPostgres::server).run(project))
        .isInstanceOf(DriftgateException.class)
        .hasMessageContaining("found more than one migration with version 1.10");
  }

  private static CheckResult result(Report report, Check check) {
    return report.checks().stream().filter(c -> c.check() == check).findFirst().orElseThrow();
  }

  /**
   * The scenario's Flyway settings as Flyway's own keys, locations made absolute (Flyway resolves
   * {@code filesystem:} against its working directory, {@code classpath:} against a class path this
   * test does not have).
   */
  private static Map<String, String> flywaySettings(Path project) throws IOException {
    Properties properties = new Properties();
    for (String file : List.of("flyway.conf", "src/main/resources/application.properties")) {
      Path path = project.resolve(file);
      if (Files.isRegularFile(path)) {
        try (Reader reader = Files.newBufferedReader(path)) {
          properties.load(reader);
        }
      }
    }
    Map<String, String> settings = new HashMap<>();
    for (String key : properties.stringPropertyNames()) {
      String flywayKey = key.startsWith("spring.flyway.") ? key.substring("spring.".length()) : key;
      if (flywayKey.startsWith("flyway.") && !flywayKey.equals("flyway.url")) {
        settings.put(flywayKey, properties.getProperty(key));
      }
    }
    List<String> locations = new ArrayList<>();
    for (String location : settings.get("flyway.locations").split(",")) {
      String path =
          location.startsWith("classpath:")
              ? "src/main/resources/" + location.substring("classpath:".length())
              : location.substring("filesystem:".length());
      locations.add("filesystem:" + project.resolve(path));
    }
    settings.put("flyway.locations", String.join(",", locations));
    // Flyway's default lock is a transaction on a second connection, which CREATE INDEX
    // CONCURRENTLY would wait for forever
    settings.put("flyway.postgresql.transactional.lock", "false");
    return settings;
  }

  /** The catalog without Flyway's history table and driftgate's ledger: neither is the schema. */
  private static Catalog catalog(RunnerEnv env, String database) throws SQLException {
    try (Connection c = env.connect(database);
        Statement s = c.createStatement()) {
      s.execute(
          "DO $$ DECLARE t regclass; BEGIN"
              + " FOR t IN SELECT c.oid FROM pg_class c WHERE c.relname = 'flyway_schema_history'"
              + " AND c.relkind = 'r' LOOP EXECUTE 'DROP TABLE ' || t; END LOOP; END $$");
      s.execute("DROP SCHEMA IF EXISTS driftgate CASCADE");
      return CatalogReader.read(c);
    }
  }
}
