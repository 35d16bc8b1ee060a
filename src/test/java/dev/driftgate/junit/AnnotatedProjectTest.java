package dev.driftgate.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftgate.app.verify.EntityOptions;
import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the annotation's attributes become: where entities come from, which naming applies. */
class AnnotatedProjectTest {
  @TempDir Path project;

  @DriftgateProject
  static class Defaults {}

  @DriftgateProject(entitiesClasspath = "lib/entities.jar", entitiesPackage = "com.example")
  static class Explicit {}

  @Test
  void compiledMainClassesAreTheEntitiesOfAProjectWithoutEntitySources() throws IOException {
    Path classes = Files.createDirectories(project.resolve("target/classes"));

    EntityOptions options = AnnotatedProject.entityOptions(annotation(Defaults.class), project);

    assertThat(options.classpath()).containsExactly(classes);
    assertThat(options.packagePrefix()).isNull();
    assertThat(options.naming()).isEqualTo(EntityOptions.Naming.AUTO);
  }

  @Test
  void entitySourcesWinOverCompiledClasses() throws IOException {
    Files.createDirectories(project.resolve("target/classes"));
    Files.createDirectories(project.resolve("entities"));

    assertThat(AnnotatedProject.entityOptions(annotation(Defaults.class), project).classpath())
        .isEmpty();
  }

  @Test
  void namedClasspathAndPackageAreTakenAsGiven() {
    EntityOptions options = AnnotatedProject.entityOptions(annotation(Explicit.class), project);

    assertThat(options.classpath()).containsExactly(Path.of("lib/entities.jar"));
    assertThat(options.packagePrefix()).isEqualTo("com.example");
  }

  @Test
  void namingsAreTheCliNamesAndAnUnknownOneIsBadInputListingThem() {
    assertThat(AnnotatedProject.naming("snake_case")).isEqualTo(EntityOptions.Naming.SNAKE_CASE);
    assertThatThrownBy(() -> AnnotatedProject.naming("camel"))
        .isInstanceOf(DriftgateException.class)
        .hasMessage(
            "@DriftgateProject(naming = \"camel\"): expected one of auto, default, snake_case");
  }

  private static DriftgateProject annotation(Class<?> type) {
    return type.getAnnotation(DriftgateProject.class);
  }
}
