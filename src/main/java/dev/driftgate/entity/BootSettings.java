package dev.driftgate.entity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the application boots Hibernate, as far as it shapes the schema its entities expect: the
 * naming strategies, and the Hibernate settings that change mapping ({@code
 * hibernate.globally_quoted_identifiers}, {@code hibernate.validator.apply_to_ddl}, preferred JDBC
 * types, ...). Other settings (connections, caches, schema generation) are dropped: booting the
 * metamodel must not act on them.
 *
 * @param hibernate the settings kept, by Hibernate's name ({@code hibernate.default_schema})
 */
public record BootSettings(Naming naming, Map<String, String> hibernate) {
  private static final List<String> MAPPING_SETTINGS =
      List.of(
          "hibernate.globally_quoted_identifiers",
          "hibernate.auto_quote_keyword",
          "hibernate.default_schema",
          "hibernate.default_catalog",
          "hibernate.type.",
          "hibernate.timezone.default_storage",
          "hibernate.use_nationalized_character_data",
          "hibernate.id.",
          "hibernate.validator.apply_to_ddl",
          "jakarta.persistence.validation.mode",
          "javax.persistence.validation.mode");

  public BootSettings {
    Map<String, String> kept = new TreeMap<>();
    hibernate.forEach(
        (k, v) -> {
          if (MAPPING_SETTINGS.stream().anyMatch(k::startsWith) && v != null) {
            kept.put(k, v.strip());
          }
        });
    hibernate = java.util.Collections.unmodifiableMap(kept);
  }

  /** Hibernate's defaults with the given naming. */
  public static BootSettings of(Naming naming) {
    return new BootSettings(naming, Map.of());
  }

  /**
   * Whether Bean Validation constraints shape the DDL, as Hibernate decides when a validator is
   * present: unless {@code hibernate.validator.apply_to_ddl} is false or the validation mode is
   * {@code none}.
   */
  public boolean validatorDdl() {
    String mode =
        hibernate.getOrDefault(
            "jakarta.persistence.validation.mode",
            hibernate.getOrDefault("javax.persistence.validation.mode", "auto"));
    return !"false"
            .equalsIgnoreCase(hibernate.getOrDefault("hibernate.validator.apply_to_ddl", "true"))
        && !mode.toLowerCase(java.util.Locale.ROOT).contains("none");
  }
}
