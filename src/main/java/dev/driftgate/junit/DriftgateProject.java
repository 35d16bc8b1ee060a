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
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DriftgateExtension.class)
public @interface DriftgateProject {
  /** The project directory, relative to the working directory of the test run. */
  String dir() default ".";

  /** {@code --baseline}: none, file:PATH or git:REF. */
  String baseline() default "none";
}
