package dev.driftgate.layout.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftgate.config.Migration;
import dev.driftgate.config.Project;
import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway's naming, ordering and configuration, read without a database. */
class FlywayReadingTest {
  @TempDir Path root;

  @Test
  void versionsCompareNumericallyPartByPart() {
    assertThat(FlywayVersion.parse("1.10")).isGreaterThan(FlywayVersion.parse("1_9"));
    assertThat(FlywayVersion.parse("1_1")).isEqualByComparingTo(FlywayVersion.parse("1.1"));
    assertThat(FlywayVersion.parse("2")).isEqualByComparingTo(FlywayVersion.parse("2.0"));
    assertThat(FlywayVersion.parse("1.a")).isNull();
  }

  @Test
  void highestBaselineReplacesVersionsUpToItThenRepeatablesByDescription() throws IOException {
    write("src/main/resources/db/migration/V1__a.sql");
    write("src/main/resources/db/migration/V2__b.sql");
    write("src/main/resources/db/migration/B1__old_base.sql");
    write("src/main/resources/db/migration/B2__base.sql");
    write("src/main/resources/db/migration/x/V3__c.sql");
    write("src/main/resources/db/migration/R__b_view.sql");
    write("src/main/resources/db/migration/R__a_view.sql");
    write("src/main/resources/db/migration/U3__c.sql");
    write("src/main/resources/db/migration/notes.txt");

    Project project = new FlywayLayout().read(root);

    // the baseline stands for V1 and V2: what a fresh install applies is the canonical script, the
    // history older installs applied is the replay
    assertThat(project.freshInstall().stream().map(f -> f.getFileName().toString()))
        .containsExactly("B2__base.sql", "V3__c.sql", "R__a_view.sql", "R__b_view.sql");
    assertThat(project.setupScript()).isEqualTo(project.freshInstall().get(0));
    assertThat(project.manifest().migrations().stream().map(Migration::name))
        .containsExactly("V1__a", "V2__b", "V3__c", "R__a_view", "R__b_view");
    assertThat(project.manifest().migrations()).allMatch(Migration::once);
    assertThat(project.migrationFiles()).isEmpty();
  }

  @Test
  void aBaselineWithoutTheHistoryItReplacesIsWhereTheReplayStarts() throws IOException {
    write("src/main/resources/db/migration/B2__base.sql");
    write("src/main/resources/db/migration/V3__c.sql");
    write("src/main/resources/db/migration/R__a_view.sql");

    Project project = new FlywayLayout().read(root);

    assertThat(project.manifest().migrations().stream().map(Migration::name))
        .containsExactly("B2__base", "V3__c", "R__a_view");
    assertThat(project.setupScript()).isNull();
    assertThat(project.freshInstall()).isEmpty();
  }

  @Test
  void tomlLocationsPrefixAndPlaceholders() throws IOException {
    Files.writeString(
        root.resolve("flyway.toml"),
        """
        [environments.default]
        url = "jdbc:postgresql://localhost/app"

        [flyway]
        locations = [
          "filesystem:sql", # the main scripts
          "filesystem:more"
        ]
        sqlMigrationPrefix = "M"

        [flyway.placeholders]
        owner = 'app'
        """);
    write("sql/M1__a.sql");
    write("more/deep/M1_5__b.sql");
    write("more/V2__not_ours.sql");

    Project project = new FlywayLayout().read(root);

    assertThat(project.manifest().migrations().stream().map(Migration::name))
        .containsExactly("M1__a", "M1_5__b");
    assertThat(
            project
                .scriptText()
                .prepare("sql/M1__a.sql", "GRANT x TO ${owner};\n-- ${flyway:filename}"))
        .isEqualTo("GRANT x TO app;\n-- M1__a.sql");
    assertThat(project.description()).startsWith("Flyway, 2 migrations in 2 locations");
  }

  @Test
  void springYamlWithKebabCaseKeysAndSchemas() throws IOException {
    Files.createDirectories(root.resolve("src/main/resources"));
    Files.writeString(
        root.resolve("src/main/resources/application.yml"),
        """
        spring:
          flyway:
            locations: classpath:db/app
            default-schema: shop
            placeholders:
              size: 10
        """);
    write("src/main/resources/db/app/V1__a.sql");

    Project project = new FlywayLayout().read(root);

    assertThat(project.manifest().migrations()).hasSize(1);
    assertThat(project.scriptText().prepare("V1__a.sql", "CREATE TABLE t (c varchar(${size}));"))
        .isEqualTo(
            "CREATE SCHEMA IF NOT EXISTS \"shop\"; SET search_path TO \"shop\"; "
                + "CREATE TABLE t (c varchar(10));");
  }

  @Test
  void unknownPlaceholderNamesFileAndLine() throws IOException {
    write("src/main/resources/db/migration/V1__a.sql");
    Project project = new FlywayLayout().read(root);

    assertThatThrownBy(() -> project.scriptText().prepare("V1__a.sql", "SELECT 1;\nSELECT ${x};"))
        .isInstanceOf(DriftgateException.class)
        .hasMessageStartingWith("V1__a.sql:2: no value provided for placeholder ${x}");
  }

  @Test
  void aScriptConfigWithAWrongValueIsBadInput() throws IOException {
    write("src/main/resources/db/migration/V1__a.sql");
    Files.writeString(
        root.resolve("src/main/resources/db/migration/V1__a.sql.conf"),
        "# no transaction\nexecuteInTransaction=no\n");

    assertThatThrownBy(() -> new FlywayLayout().read(root))
        .isInstanceOf(DriftgateException.class)
        .hasMessageStartingWith(
            "src/main/resources/db/migration/V1__a.sql.conf:2: executeInTransaction must be");
  }

  @Test
  void aVersionThatIsNotOneIsBadInput() throws IOException {
    write("src/main/resources/db/migration/V1a__x.sql");

    assertThatThrownBy(() -> new FlywayLayout().read(root))
        .isInstanceOf(DriftgateException.class)
        .hasMessageContaining("'1a' is not a Flyway version");
  }

  @Test
  void recognizedByItsConfigurationOrItsDefaultLocation() throws IOException {
    assertThat(new FlywayLayout().recognizes(root)).isFalse();
    Files.createDirectories(root.resolve("src/main/resources"));
    Files.writeString(
        root.resolve("src/main/resources/application.properties"), "server.port=8080\n");
    assertThat(new FlywayLayout().recognizes(root)).isFalse();
    Files.writeString(
        root.resolve("src/main/resources/application.properties"),
        "spring.flyway.locations=filesystem:db\n");
    assertThat(new FlywayLayout().recognizes(root)).isTrue();
  }

  private void write(String path) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "SELECT 1;\n");
  }
}
