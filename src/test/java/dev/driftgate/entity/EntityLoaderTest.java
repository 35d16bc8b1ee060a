package dev.driftgate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.model.Mapping;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.testing.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading entities from sources and from compiled classes, grouped by package. */
class EntityLoaderTest {
  @TempDir Path cache;
  @TempDir Path project;

  @Test
  void compiledClassesAreLoadedByPackageAndLocatedByClassAndField() throws Exception {
    Path classes =
        Path.of(Mapping.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path testClasses = classes.resolveSibling("test-classes");
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put("tenant", "dev.milestone.tenant");

    EntityLoader.Loaded loaded =
        new EntityLoader(cache)
            .load(
                new EntitySource.Classpath(List.of(testClasses), "dev.milestone"),
                groups,
                BootSettings.of(Naming.DEFAULT));

    Mapping tenant = loaded.mappings().get("tenant");
    assertThat(tenant.entities()).hasSize(20).contains("dev.milestone.tenant.Staff");
    assertThat(tenant.provenance().locate("public.staff.job_title"))
        .contains("dev.milestone.tenant.Staff#jobTitle");
    assertThat(loaded.ungrouped()).hasSize(8).allMatch(n -> n.startsWith("dev.milestone.master."));
  }

  @Test
  void whatHibernateMadeOfCompiledSourcesIsReadBackFromTheCacheTheSecondTime() throws IOException {
    Projects.copyTree(Projects.milestone().resolve("entities"), project.resolve("entities"));
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put("master", "dev.milestone.master");
    groups.put("tenant", "dev.milestone.tenant");
    EntitySource sources = new EntitySource.Sources(project, project.resolve("entities"));

    EntityLoader.Loaded booted =
        new EntityLoader(cache).load(sources, groups, BootSettings.of(Naming.DEFAULT));
    EntityLoader.Loaded cached =
        new EntityLoader(cache).load(sources, groups, BootSettings.of(Naming.DEFAULT));
    EntityLoader.Loaded otherNaming =
        new EntityLoader(cache).load(sources, groups, BootSettings.of(Naming.SNAKE_CASE));

    assertThat(booted.origin()).doesNotContain("mapped earlier");
    assertThat(cached.origin()).endsWith("mapped earlier (cached)");
    assertThat(cached.mappings()).isEqualTo(booted.mappings());
    assertThat(cached.ungrouped()).isEqualTo(booted.ungrouped());
    assertThat(otherNaming.origin())
        .as("another naming strategy is another key")
        .doesNotContain("mapped earlier");
  }

  @Test
  void aProjectsSourcesWinOverSameNamedClassesOnTheToolsClasspath() throws IOException {
    Projects.copyTree(Projects.milestone().resolve("entities"), project.resolve("entities"));
    Projects.replaceOnce(
        project.resolve("entities/dev/milestone/tenant/Staff.java"),
        "@Column(name = \"job_title\", length = 150)",
        "@Column(name = \"job_title\", length = 160)");
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put("tenant", "dev.milestone.tenant");

    Mapping tenant =
        new EntityLoader(cache)
            .load(
                new EntitySource.Sources(project, project.resolve("entities")),
                groups,
                BootSettings.of(Naming.DEFAULT))
            .mappings()
            .get("tenant");

    assertThat(
            tenant.catalog().tables().get(QualifiedName.of("public", "staff")).column("job_title"))
        .hasValueSatisfying(c -> assertThat(c.type()).isEqualTo("varchar(160)"));
    assertThat(tenant.provenance().locate("public.staff.job_title"))
        .contains("entities/dev/milestone/tenant/Staff.java:55");
  }

  @Test
  void aGroupWithoutEntitiesMapsNothing() throws IOException {
    Files.createDirectories(project.resolve("entities/dev/x"));
    Files.writeString(
        project.resolve("entities/dev/x/Plain.java"), "package dev.x; class Plain {}");
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put("default", null);

    EntityLoader.Loaded loaded =
        new EntityLoader(cache)
            .load(
                new EntitySource.Sources(project, project.resolve("entities")),
                groups,
                BootSettings.of(Naming.DEFAULT));

    assertThat(loaded.mappings().get("default").entities()).isEmpty();
    assertThat(loaded.origin()).startsWith("1 sources in entities/");
  }
}
