package dev.driftgate.entity;

import java.io.Serializable;

/**
 * The naming strategies the application runs Hibernate with, as the class names its settings give
 * ({@code spring.jpa.hibernate.naming.physical-strategy}, {@code
 * hibernate.physical_naming_strategy}) or one of the two conventions; null is Hibernate's own
 * default for that strategy.
 */
public record Naming(String physical, String implicit) implements Serializable {
  static final String SPRING_PHYSICAL =
      "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
  static final String SPRING_IMPLICIT =
      "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";

  /**
   * Hibernate's defaults: logical names unchanged ({@code orderLines} stays {@code orderlines}).
   */
  public static final Naming DEFAULT = new Naming(null, null);

  /**
   * Spring Boot's defaults: camel case to snake case, lower case ({@code orderLines} becomes {@code
   * order_lines}), and join tables named after the owning table and attribute.
   */
  public static final Naming SNAKE_CASE = new Naming(SPRING_PHYSICAL, SPRING_IMPLICIT);

  /** How the report header names the naming in use. */
  public String describe() {
    if (equals(DEFAULT)) {
      return "Hibernate's default (names as written)";
    }
    if (equals(SNAKE_CASE)) {
      return "Spring Boot (camel case → snake_case)";
    }
    return "physical "
        + simple(physical, "Hibernate's default")
        + ", implicit "
        + simple(implicit, "Hibernate's default");
  }

  private static String simple(String className, String fallback) {
    return className == null ? fallback : className.substring(className.lastIndexOf('.') + 1);
  }
}
