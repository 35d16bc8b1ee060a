package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftgate.app.build.RunLimits;
import dev.driftgate.app.diff.Diff;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Liquibase project ({@code src/test/resources/liquibase/spring}: an XML master changelog that
 * includes a YAML and a formatted-SQL changelog, a context, {@code runOnChange}, {@code runAlways}
 * and a precondition), read without a manifest: it verifies clean, driftgate builds the very
 * catalog Liquibase itself builds, and a seeded difference is blamed on changelog file and line.
 */
class LiquibaseProjectTest {
  private static final Path SPRING =
      Paths.get("src/test/resources/liquibase/spring").toAbsolutePath();
  private static final String CHANGES = "src/main/resources/db/changelog/changes/";
  private static final String MASTER = "src/main/resources/db/changelog/db.changelog-master.xml";

  @Test
  void springProjectWithACanonicalScriptVerifiesClean() {
    Report report = new Verify(TestPostgres::server).run(SPRING);

    assertThat(report.findings()).isEmpty();
    assertThat(report.notes())
        .anyMatch(
            n ->
                n.startsWith(
                    "Liquibase, 9 changesets in 3 changelogs"
                        + " (src/main/resources/db/changelog/db.changelog-master.xml, contexts prod)"))
        .anyMatch(n -> n.contains("canonical script schema.sql"));
    assertThat(result(report, Check.SETUP_VS_MIGRATIONS).skipped()).isNull();
  }

  @Test
  void liquibasePrintsNothingOfItsOwn() {
    TestPostgres.server(); // started before the capture: its start is not what is checked
    java.io.PrintStream out = System.out;
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    Report report;
    try {
      System.setOut(new java.io.PrintStream(printed, true));
      System.setErr(new java.io.PrintStream(printed, true));
      report = new Verify(TestPostgres::server).run(SPRING);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }

    assertThat(report.findings()).isEmpty();
    assertThat(printed.toString()).isEmpty();
  }

  @Test
  void aSeededDifferenceInTheSqlChangelogIsBlamedOnItsLine(@TempDir Path tmp) {
    Path project = copy(tmp);
    Projects.replaceOnce(
        project.resolve(CHANGES + "002-invoices.sql"),
        "issued_on date NOT NULL",
        "issued_on timestamptz NOT NULL");

    Report report = new Verify(TestPostgres::server).run(project);

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.COLUMN_TYPE);
              assertThat(f.object()).isEqualTo("public.invoices.issued_on");
              assertThat(f.leftLocation()).isEqualTo("schema.sql:23");
              assertThat(f.rightLocation()).isEqualTo(CHANGES + "002-invoices.sql:7");
            });
  }

  @Test
  void aSeededDifferenceInTheYamlChangelogIsBlamedOnItsChangeset(@TempDir Path tmp) {
    Path project = copy(tmp);
    Projects.replaceOnce(
        project.resolve(CHANGES + "001-customers.yaml"),
        "constraintName: customers_email_key",
        "constraintName: customers_email_uq");

    Report report = new Verify(TestPostgres::server).run(project);

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.UNIQUE_MISMATCH);
              assertThat(f.object()).isEqualTo("public.customers.customers_email_key");
              assertThat(f.leftLocation()).startsWith("schema.sql:");
              assertThat(f.rightLocation()).isEqualTo(CHANGES + "001-customers.yaml:24");
            });
  }

  @Test
  void aFailingChangesetIsReportedAtItsLine(@TempDir Path tmp) {
    Path project = copy(tmp);
    insertBeforeInvoices(project, "<sql>ALTER TABLE orders ADD COLUMN total numeric</sql>");

    Report report = new Verify(TestPostgres::server).run(project);

    assertThat(report.findings())
        .filteredOn(f -> f.kind() == FindingKind.MIGRATION_FAILED)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.leftLocation()).isEqualTo(MASTER + ":41");
              assertThat(f.message())
                  .contains("column \"total\" of relation \"orders\" already exists");
            });
  }

  @Test
  void aChangesetThatRunsForeverIsCancelledByTheStatementLimit(@TempDir Path tmp) {
    Path project = copy(tmp);
    insertBeforeInvoices(project, "<sql>SELECT pg_sleep(60)</sql>");

    Report report =
        new Verify(TestPostgres::server)
            .limitedTo(new RunLimits(Duration.ofSeconds(2), Duration.ofMinutes(5)))
            .run(project);

    assertThat(report.findings())
        .filteredOn(f -> f.kind() == FindingKind.MIGRATION_TIMEOUT)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.leftLocation()).isEqualTo(MASTER + ":41");
              assertThat(f.message()).contains("--statement-timeout");
            });
  }

  @Test
  void driftgateAppliesWhatLiquibaseApplies() throws Exception {
    try (RunnerEnv env = new RunnerEnv()) {
      String byLiquibase = env.name("liquibase");
      String byDriftgate = env.name("app");
      env.execute("postgres", "CREATE DATABASE " + byLiquibase);
      env.execute("postgres", "CREATE DATABASE " + byDriftgate);
      try (Connection c = env.connect(byLiquibase)) {
        liquibaseUpdate(c, "prod");
      }
      migrate(env, SPRING);

      Catalog liquibase = catalog(env, byLiquibase);
      List<Finding> differences =
          CatalogDiff.compare(
              "default",
              new CatalogDiff.Side(Source.MIGRATIONS, catalog(env, byDriftgate), Provenance.NONE),
              new CatalogDiff.Side(Source.LIVE, liquibase, Provenance.NONE));
      assertThat(differences).isEmpty();
      assertThat(liquibase.tables().keySet().stream().map(Object::toString))
          .contains("public.invoices")
          .doesNotContain(
              "public.dev_fixtures", "public.databasechangelog", "public.databasechangeloglock");
    }
  }

  @Test
  void diffOfTheProjectAgainstADatabaseLiquibaseBuiltFindsNothing() throws Exception {
    try (RunnerEnv env = new RunnerEnv()) {
      String live = env.name("live");
      env.execute("postgres", "CREATE DATABASE " + live);
      try (Connection c = env.connect(live)) {
        liquibaseUpdate(c, "prod");
      }

      Report report =
          new Diff(TestPostgres::server, null)
              .run(SPRING.toString(), TestPostgres.server().jdbcUrl(live), null);

      assertThat(report.findings()).isEmpty();
      assertThat(report.checks()).isNotEmpty();
    }
  }

  /**
   * {@code migrate} hands a changed changelog to Liquibase, whose own record decides what runs: the
   * edited {@code runOnChange} view is replaced, nothing else runs twice but {@code runAlways}.
   */
  @Test
  void migrateHandsAChangedChangelogToLiquibase(@TempDir Path tmp) throws Exception {
    Path project = copy(tmp);
    try (RunnerEnv env = new RunnerEnv()) {
      String app = env.name("app");
      env.execute("postgres", "CREATE DATABASE " + app);
      migrate(env, project);
      Projects.replaceOnce(
          project.resolve(MASTER),
          "sum(total) AS total",
          "sum(total) AS total, count(*) AS orders");
      migrate(env, project);

      assertThat(catalog(env, app).views().values())
          .singleElement()
          .satisfies(v -> assertThat(v.definition()).contains("count(*) AS orders"));
    }
  }

  @Test
  void aMalformedChangelogIsBadInput(@TempDir Path tmp) {
    Path project = copy(tmp);
    Projects.replaceOnce(
        project.resolve(MASTER),
        "</createTable>\n  </changeSet>\n\n  <changeSet id=\"orders-2\"",
        "</createTable>\n\n  <changeSet id=\"orders-2\"");

    assertThatThrownBy(() -> new Verify(TestPostgres::server).run(project))
        .isInstanceOf(DriftgateException.class)
        .hasMessageContaining("db/changelog/db.changelog-master.xml");
  }

  @Test
  void aMissingIncludeIsBadInput(@TempDir Path tmp) throws IOException {
    Path project = copy(tmp);
    Files.delete(project.resolve(CHANGES + "002-invoices.sql"));

    assertThatThrownBy(() -> new Verify(TestPostgres::server).run(project))
        .isInstanceOf(DriftgateException.class)
        .hasMessageContaining("002-invoices.sql");
  }

  /** A changeset of one change at line 41 of the master changelog, before the SQL include. */
  private static void insertBeforeInvoices(Path project, String change) {
    Projects.replaceOnce(
        project.resolve(MASTER),
        "  <include file=\"changes/002-invoices.sql\"",
        "  <changeSet id=\"inserted\" author=\"test\">"
            + change
            + "</changeSet>\n"
            + "  <include file=\"changes/002-invoices.sql\"");
  }

  private static void migrate(RunnerEnv env, Path project) {
    MigrateReport migrated =
        new Migrate(SettingsReader.read(env.env()))
            .run(
                project,
                new MigrateOptions(
                    null, null, Duration.ZERO, Duration.ZERO, false, false, 1, false),
                (r, done, total) -> {});
    assertThat(migrated.failed()).as(migrated.toString()).isFalse();
  }

  private static Path copy(Path tmp) {
    Path project = tmp.resolve("spring");
    Projects.copyTree(SPRING, project);
    return project;
  }

  private static CheckResult result(Report report, Check check) {
    return report.checks().stream().filter(c -> c.check() == check).findFirst().orElseThrow();
  }

  /** Liquibase's own update, as the application would run it at start-up. */
  @SuppressWarnings("deprecation") // the Liquibase facade is what most applications still call
  private static void liquibaseUpdate(Connection c, String contexts) throws Exception {
    Database database =
        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
    try (Liquibase liquibase =
        new Liquibase(
            "db/changelog/db.changelog-master.xml",
            new DirectoryResourceAccessor(SPRING.resolve("src/main/resources")),
            database)) {
      liquibase.update(new Contexts(contexts), new LabelExpression());
    }
  }

  /**
   * The catalog as driftgate reads any database: Liquibase's tables and driftgate's ledger are left
   * where they are, as the reader must leave them out itself.
   */
  private static Catalog catalog(RunnerEnv env, String database) throws SQLException {
    try (Connection c = env.connect(database)) {
      return CatalogReader.read(c);
    }
  }
}
