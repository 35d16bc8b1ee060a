package dev.driftgate.entity;

/** The physical naming strategy the application runs Hibernate with. */
public enum Naming {
  /** Hibernate's default: logical names unchanged ({@code orderLines} stays {@code orderlines}). */
  DEFAULT,
  /**
   * Spring Boot's default: camel case to snake case, lower case ({@code orderLines} becomes {@code
   * order_lines}), and join tables named after the owning table and attribute.
   */
  SNAKE_CASE
}
