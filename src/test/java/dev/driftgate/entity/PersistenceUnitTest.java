package dev.driftgate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.model.Mapping;
import dev.driftgate.model.QualifiedName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A persistence unit of the classpath's {@code META-INF/persistence.xml} chooses the entities and
 * the settings, as the application's JPA provider boots it.
 */
class PersistenceUnitTest {
  private static final String XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
        <persistence-unit name="staff">
          <class>dev.milestone.tenant.CustomColumn</class>
          <exclude-unlisted-classes>true</exclude-unlisted-classes>
          <properties>
            <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://ignored/db"/>
          </properties>
        </persistence-unit>
        <persistence-unit name="named">
          <class>dev.milestone.tenant.CustomColumn</class>
          <exclude-unlisted-classes/>
          <properties>
            <property name="hibernate.physical_naming_strategy" value="com.example.NoSuchNaming"/>
          </properties>
        </persistence-unit>
        <persistence-unit name="everything">
          <exclude-unlisted-classes>false</exclude-unlisted-classes>
        </persistence-unit>
      </persistence>
      """;

  @TempDir Path cache;
  @TempDir Path classes;

  @BeforeEach
  void compiledTenantEntitiesWithAPersistenceXml() throws Exception {
    Path testClasses =
        Path.of(Mapping.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolveSibling("test-classes");
    Path tenant = testClasses.resolve("dev/milestone/tenant");
    Files.createDirectories(classes.resolve("dev/milestone/tenant"));
    try (Stream<Path> files = Files.list(tenant)) {
      for (Path f : files.toList()) {
        Files.copy(f, classes.resolve("dev/milestone/tenant").resolve(f.getFileName()));
      }
    }
    Files.createDirectories(classes.resolve("META-INF"));
    Files.writeString(classes.resolve("META-INF/persistence.xml"), XML);
  }

  @Test
  void aUnitThatExcludesUnlistedClassesMapsOnlyItsClasses() {
    EntityLoader.Loaded loaded = load("staff");

    Mapping tenant = loaded.mappings().get("tenant");
    assertThat(tenant.entities()).containsExactly("dev.milestone.tenant.CustomColumn");
    assertThat(tenant.tables().keySet())
        .containsExactly(new QualifiedName("public", "custom_columns"));
    assertThat(loaded.origin()).contains("(persistence unit staff)");
  }

  @Test
  void theUnitsNamingStrategyIsTheOneHibernateBootsWith() {
    assertThatThrownBy(() -> load("named"))
        .isInstanceOf(DriftgateException.class)
        .hasMessageContaining("com.example.NoSuchNaming");
  }

  @Test
  void aUnitThatCountsUnlistedClassesMapsEveryEntity() {
    Mapping tenant = load("everything").mappings().get("tenant");

    assertThat(tenant.entities()).hasSize(20).contains("dev.milestone.tenant.Staff");
    assertThat(tenant.tables().keySet()).allMatch(t -> t.schema().equals("public"));
  }

  @Test
  void anUnknownUnitIsBadInputListingTheUnits() {
    assertThatThrownBy(() -> load("billing"))
        .isInstanceOf(DriftgateException.class)
        .hasMessage(
            "--persistence-unit billing: no such unit in META-INF/persistence.xml"
                + " (units: staff, named, everything)");
  }

  @Test
  void aMalformedPersistenceXmlIsBadInputAtItsLine() throws Exception {
    Files.writeString(
        classes.resolve("META-INF/persistence.xml"),
        "<persistence>\n  <persistence-unit name=\"x\">\n</persistence>\n");

    assertThatThrownBy(() -> load("x"))
        .isInstanceOf(DriftgateException.class)
        .hasMessageStartingWith(classes.resolve("META-INF/persistence.xml") + ":3: malformed XML");
  }

  @Test
  void aDoctypeIsRefusedSoNoEntityReachesTheHost() throws Exception {
    Files.writeString(
        classes.resolve("META-INF/persistence.xml"),
        "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY h SYSTEM \"file:///etc/hostname\">]>\n"
            + "<persistence><persistence-unit name=\"&h;\"/></persistence>\n");

    assertThatThrownBy(() -> load("x"))
        .isInstanceOf(DriftgateException.class)
        .hasMessageContaining("malformed XML")
        .hasMessageContaining("DOCTYPE");
  }

  private EntityLoader.Loaded load(String unit) {
    return new EntityLoader(cache)
        .load(
            new EntitySource.Classpath(List.of(classes), "dev.milestone", unit),
            new LinkedHashMap<>(Map.of("tenant", "dev.milestone.tenant")),
            BootSettings.of(Naming.DEFAULT));
  }
}
