package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.build.EntitySettings;
import dev.driftgate.app.verify.EntityOptions;
import dev.driftgate.entity.Naming;
import dev.driftgate.testing.Projects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a project's Hibernate names its tables, read as Spring Boot would read it. */
class EntitySettingsTest {
  @TempDir Path dir;

  private EntitySettings read(EntityOptions.Naming naming, String profile) {
    return EntitySettings.read(
        dir, new EntityOptions(List.of(), null, naming, null, profile).chosenNaming(), profile);
  }

  @Test
  void aPlainProjectNamesAsHibernateDoes() {
    Projects.write(dir, "pom.xml", "<project><artifactId>plain</artifactId></project>");

    assertThat(read(EntityOptions.Naming.AUTO, null).boot().naming()).isEqualTo(Naming.DEFAULT);
  }

  @Test
  void theSpringBootApplicationAnnotationMakesASpringBootProjectButAMentionDoesNot() {
    Projects.write(
        dir, "src/main/java/x/Tool.java", "class Tool { String s = \"@SpringBootApplication\"; }");
    assertThat(read(EntityOptions.Naming.AUTO, null).boot().naming()).isEqualTo(Naming.DEFAULT);

    Projects.write(
        dir,
        "src/main/java/x/App.java",
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n"
            + "@SpringBootApplication\nclass App {}\n");
    EntitySettings settings = read(EntityOptions.Naming.AUTO, null);
    assertThat(settings.boot().naming()).isEqualTo(Naming.SNAKE_CASE);
    assertThat(settings.note())
        .isEqualTo(
            "naming: Spring Boot (camel case → snake_case) (Spring Boot project:"
                + " @SpringBootApplication in src/main/java/x/App.java)");
  }

  @Test
  void theActiveProfilesSettingsWinAndTheOptionChoosesTheProfile() {
    Projects.write(
        dir,
        "src/main/resources/application.yml",
        "spring:\n  profiles:\n    active: legacy\n  jpa:\n    properties:\n"
            + "      hibernate:\n        globally_quoted_identifiers: true\n"
            + "        connection.url: jdbc:never\n");
    Projects.write(
        dir,
        "src/main/resources/application-legacy.properties",
        "spring.jpa.hibernate.naming.physicalStrategy="
            + "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl\n");

    EntitySettings legacy = read(EntityOptions.Naming.AUTO, null);
    EntitySettings other = read(EntityOptions.Naming.AUTO, "prod");

    assertThat(legacy.boot().naming().physical()).endsWith("PhysicalNamingStrategyStandardImpl");
    assertThat(legacy.boot().naming().implicit()).endsWith("SpringImplicitNamingStrategy");
    assertThat(legacy.note()).contains("profile legacy");
    assertThat(legacy.boot().hibernate())
        .containsEntry("hibernate.globally_quoted_identifiers", "true")
        .doesNotContainKey("hibernate.connection.url");
    assertThat(other.boot().naming()).isEqualTo(Naming.SNAKE_CASE);
  }

  @Test
  void theNamingOptionOverridesTheProject() {
    Projects.write(
        dir,
        "build.gradle.kts",
        "plugins { id(\"org.springframework.boot\") }\n"
            + "dependencies { implementation(\"org.springframework.boot:spring-boot-starter\") }\n");

    assertThat(read(EntityOptions.Naming.AUTO, null).boot().naming()).isEqualTo(Naming.SNAKE_CASE);
    assertThat(read(EntityOptions.Naming.DEFAULT, null).boot().naming()).isEqualTo(Naming.DEFAULT);
  }

  @Test
  void thisRepositoryIsNotASpringBootProject() {
    EntitySettings settings = EntitySettings.read(Projects.milestone(), null, null);

    assertThat(settings.boot().naming()).isEqualTo(Naming.DEFAULT);
  }
}
