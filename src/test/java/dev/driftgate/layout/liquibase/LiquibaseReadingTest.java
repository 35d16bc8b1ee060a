package dev.driftgate.layout.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftgate.config.Migration;
import dev.driftgate.config.Project;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.layout.Layouts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a Liquibase project keeps its changelog and filters, read without a database. */
class LiquibaseReadingTest {
  private static final String SQL_CHANGELOG =
      "--liquibase formatted sql\n--changeset ana:1\nCREATE TABLE a (id int);\n";

  @TempDir Path root;

  @Test
  void liquibasePropertiesThenSpringThenDriftgateYamlEachOverrideTheOneBefore() throws IOException {
    write("db/master.sql", SQL_CHANGELOG);
    write("liquibase.properties", "changeLogFile=db/master.sql\ncontexts=test\nlabelFilter=v1\n");
    assertThat(description()).contains("(db/master.sql, contexts test, labels v1)");

    write(
        "src/main/resources/application.yml", "spring:\n  liquibase:\n    contexts: [prod, eu]\n");
    assertThat(description()).contains("(db/master.sql, contexts prod,eu, labels v1)");

    write("driftgate.yaml", "contexts: ci\nlabels: '!slow'\n");
    assertThat(description()).contains("(db/master.sql, contexts ci, labels !slow)");
  }

  @Test
  void springBootsDefaultChangelogWithIncludeAllIsOneRunOnceMigration() throws IOException {
    write(
        "src/main/resources/db/changelog/db.changelog-master.yaml",
        "databaseChangeLog:\n  - includeAll:\n      path: db/changelog/parts/\n");
    write("src/main/resources/db/changelog/parts/001.sql", SQL_CHANGELOG);
    write(
        "src/main/resources/db/changelog/parts/002.sql",
        SQL_CHANGELOG.replace("ana:1", "ana:2").replace(" a ", " b ")
            + "--changeset ana:3\nCREATE TABLE c (id int);\n");

    Project project = Layouts.read(root);

    assertThat(project.description())
        .startsWith(
            "Liquibase, 3 changesets in 3 changelogs"
                + " (src/main/resources/db/changelog/db.changelog-master.yaml)");
    assertThat(project.manifest().migrations())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.once()).isTrue();
              assertThat(m.tool()).isNotNull();
              assertThat(m.tool().files()).hasSize(3);
            })
        .extracting(Migration::name)
        .isEqualTo("src/main/resources/db/changelog/db.changelog-master.yaml");
    assertThat(project.setupScript()).isNull();
  }

  @Test
  void contextsThatAreAMappingAreBadInput() throws IOException {
    write("db/master.sql", SQL_CHANGELOG);
    write("liquibase.properties", "changeLogFile=db/master.sql\n");
    write("driftgate.yaml", "contexts:\n  prod: true\n");

    assertThatThrownBy(() -> Layouts.read(root))
        .isInstanceOf(DriftgateException.class)
        .hasMessage(
            "driftgate.yaml: contexts: expected a name or a list of names, such as 'contexts: prod'");
  }

  @Test
  void changesetLinesAreFoundInEachFormat() throws IOException {
    ChangesetLines lines = new ChangesetLines();
    Path xml =
        write(
            "a.xml",
            "<databaseChangeLog>\n  <changeSet author=\"x\"\n      id=\"two\">\n  </changeSet>\n"
                + "  <changeSet id=\"three\" author=\"x\"/>\n</databaseChangeLog>\n");
    Path yaml =
        write(
            "a.yaml",
            "databaseChangeLog:\n  - changeSet:\n      id: one\n  - changeSet:\n      id: 'two'\n");
    Path sql = write("a.sql", SQL_CHANGELOG + "\n--changeset bo:9 context:dev\nSELECT 1;\n");

    assertThat(lines.line(xml, "two")).isEqualTo(2);
    assertThat(lines.line(xml, "three")).isEqualTo(5);
    assertThat(lines.line(yaml, "two")).isEqualTo(4);
    assertThat(lines.line(sql, "9")).isEqualTo(5);
    assertThat(lines.statement(sql, 2, "CREATE TABLE a (id int)")).isEqualTo(3);
    assertThat(lines.statement(xml, 2, "CREATE TABLE generated (id int)")).isEqualTo(2);
  }

  private String description() {
    return Layouts.read(root).description();
  }

  private Path write(String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }
}
