package dev.driftgate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of STYLE.md, enforced: the folder tree tells the architecture, and stays true.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.driftgate");
  }

  @Test
  void packagesDependOnlyDownwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("dev.driftgate..")
        .withOptionalLayers(true)
        .layer("junit")
        .definedBy("dev.driftgate.junit..")
        .layer("cli")
        .definedBy("dev.driftgate.cli..")
        .layer("app")
        .definedBy("dev.driftgate.app..")
        .layer("layout")
        .definedBy("dev.driftgate.layout..")
        .layer("config")
        .definedBy("dev.driftgate.config..")
        .layer("postgres")
        .definedBy("dev.driftgate.postgres..")
        .layer("sqlscript")
        .definedBy("dev.driftgate.sqlscript..")
        .layer("migrate")
        .definedBy("dev.driftgate.migrate..")
        .layer("model")
        .definedBy("dev.driftgate.model..")
        .layer("catalog")
        .definedBy("dev.driftgate.catalog..")
        .layer("entity")
        .definedBy("dev.driftgate.entity..")
        .layer("entityrules")
        .definedBy("dev.driftgate.entityrules..")
        .layer("diff")
        .definedBy("dev.driftgate.diff..")
        .layer("report")
        .definedBy("dev.driftgate.report..")
        .layer("error")
        .definedBy("dev.driftgate.error..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("junit")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("app")
        .mayOnlyBeAccessedByLayers("cli", "junit")
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("cli", "app", "junit")
        .whereLayer("migrate")
        .mayOnlyBeAccessedByLayers("app")
        .whereLayer("catalog")
        .mayOnlyBeAccessedByLayers("app")
        .whereLayer("entity")
        .mayOnlyBeAccessedByLayers("app")
        .whereLayer("entityrules")
        .mayOnlyBeAccessedByLayers("app")
        .whereLayer("diff")
        .mayOnlyBeAccessedByLayers("cli", "app", "entityrules", "report", "junit")
        .whereLayer("postgres")
        .mayOnlyBeAccessedByLayers("cli", "app", "migrate", "junit")
        .whereLayer("sqlscript")
        .mayOnlyBeAccessedByLayers("app", "migrate")
        .whereLayer("layout")
        .mayOnlyBeAccessedByLayers("app")
        .whereLayer("config")
        .mayOnlyBeAccessedByLayers("cli", "app", "layout", "migrate", "postgres")
        .whereLayer("model")
        .mayOnlyBeAccessedByLayers("app", "catalog", "entity", "entityrules", "diff", "report")
        .check(classes);
  }

  @Test
  void modelAndErrorDependOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("dev.driftgate.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.driftgate..")
        .andShould()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "dev.driftgate.model..")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("dev.driftgate.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void onlyCatalogReadsTheCatalogAndOnlyEntitySeesHibernate() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.driftgate.catalog..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("schemacrawler..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.driftgate.entity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.hibernate..", "jakarta.persistence..")
        .check(classes);
  }

  @Test
  void onlyCliPrintsOrExits() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.driftgate.cli..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .check(classes);
  }
}
