package dev.driftgate.app;

import dev.driftgate.config.SpringSettings;
import dev.driftgate.entity.BootSettings;
import dev.driftgate.entity.Naming;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the project's Hibernate boots, from its Spring Boot settings ({@link SpringSettings}): the
 * naming strategies of {@code spring.jpa.hibernate.naming.*} (or {@code
 * hibernate.*_naming_strategy}) and the {@code spring.jpa.properties.hibernate.*} settings. A
 * Spring Boot project ({@link SpringBootProject}) names as Spring Boot does unless its settings say
 * otherwise; {@code --naming} overrides both.
 *
 * @param note the report's line on the naming in use and where it comes from
 */
record EntitySettings(BootSettings boot, String note) {
  private static final String JPA_PROPERTIES = "spring.jpa.properties.";

  static EntitySettings read(Path root, EntityOptions options) {
    SpringSettings spring = SpringSettings.read(root, options.springProfile());
    Map<String, String> hibernate = new LinkedHashMap<>(spring.under(JPA_PROPERTIES));
    Naming naming;
    String why;
    if (options.naming() != EntityOptions.Naming.AUTO) {
      naming =
          options.naming() == EntityOptions.Naming.SNAKE_CASE ? Naming.SNAKE_CASE : Naming.DEFAULT;
      why = "--naming";
    } else {
      String springBoot = SpringBootProject.evidence(root, spring);
      Naming base = springBoot == null ? Naming.DEFAULT : Naming.SNAKE_CASE;
      String physical = strategy(spring, hibernate, "physical");
      String implicit = strategy(spring, hibernate, "implicit");
      naming =
          new Naming(
              physical != null ? physical : base.physical(),
              implicit != null ? implicit : base.implicit());
      why =
          physical != null || implicit != null
              ? String.join(", ", spring.sources())
              : springBoot == null ? "not a Spring Boot project" : springBoot;
    }
    String profiles =
        spring.profiles().isEmpty() ? "" : ", profile " + String.join(",", spring.profiles());
    return new EntitySettings(
        new BootSettings(naming, hibernate),
        "naming: " + naming.describe() + " (" + why + profiles + ")");
  }

  /** Spring's {@code spring.jpa.hibernate.naming.<kind>-strategy}, or Hibernate's own setting. */
  private static String strategy(
      SpringSettings spring, Map<String, String> hibernate, String kind) {
    String value = spring.get("spring.jpa.hibernate.naming." + kind + "-strategy");
    return value != null ? value : hibernate.get("hibernate." + kind + "_naming_strategy");
  }
}
