package dev.driftgate.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that verifies a driftgate project; its {@code @TestFactory} methods receive
 * the {@link DriftgateChecks} of the project:
 *
 * <pre>{@code
 * @DriftgateProject(dir = ".")
 * class SchemaDriftTest {
 *   @TestFactory
 *   Stream<DynamicNode> schema(DriftgateChecks checks) {
 *     return checks.dynamicTests();
 *   }
 * }
 * }</pre>
 *
 * Every attribute but {@code dir} mirrors an option of {@code driftgate verify}; empty strings
 * leave the CLI's default.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DriftgateExtension.class)
public @interface DriftgateProject {
  /** The project directory, relative to the working directory of the test run. */
  String dir() default ".";

  /** {@code --baseline}: none, file:PATH or git:REF. */
  String baseline() default "none";

  /** Only these tiers become tests (all when empty); a name the project lacks fails the run. */
  String[] tiers() default {};

  /**
   * {@code --entities-classpath}: compiled entity classes, directories or jars relative to the
   * working directory. When empty: the project's {@code entities/} sources if it has them, else its
   * compiled main classes ({@code target/classes} or {@code build/classes/java/main}).
   */
  String[] entitiesClasspath() default {};

  /** {@code --entities-package}: only the entities in this package (and below). */
  String entitiesPackage() default "";

  /**
   * {@code --naming}: auto (the default: the project's Spring settings, Spring Boot's naming in a
   * Spring Boot project, else Hibernate's), default or snake_case.
   */
  String naming() default "";

  /** {@code --spring-profile}: the Spring profiles whose settings count. */
  String springProfile() default "";

  /**
   * {@code --persistence-unit}: only the classes of this unit of the entity classpath's {@code
   * META-INF/persistence.xml}, with its naming strategies and Hibernate settings.
   */
  String persistenceUnit() default "";

  /** {@code --postgres}: embedded, container or external; else the system property or default. */
  String postgres() default "";

  /** {@code --pg-version}: 15, 16, 17 or 18; else the system property or the bundled 15. */
  String pgVersion() default "";

  /** Warnings fail their check's test too, not only errors. */
  boolean failOnWarnings() default false;
}
