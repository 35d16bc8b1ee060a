package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.junit.DriftgateChecks;
import dev.driftgate.junit.DriftgateProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * This project with one planted mismatch: a migration that makes display_name narrower than the
 * entity's {@code @Size(max = 80)}. The check of the entities against the migrations must fail and
 * name the column.
 */
class PlantedDriftTest {
  private static final Path PLANTED = Path.of("target/planted-drift");

  @BeforeAll
  static void plant() throws IOException {
    Path resources = Path.of("src/main/resources");
    try (Stream<Path> files = Files.walk(resources)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = PLANTED.resolve("src/main/resources").resolve(resources.relativize(file));
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path v1 = PLANTED.resolve("src/main/resources/db/migration/V1__customers.sql");
    Files.writeString(
        v1, Files.readString(v1).replace("display_name  varchar(80)", "display_name  varchar(60)"));
  }

  @Nested
  @DriftgateProject(dir = "target/planted-drift", entitiesClasspath = "target/classes")
  class WithANarrowerColumn {
    @Test
    void theEntityCheckFailsNamingTheColumn(DriftgateChecks checks) {
      Map<String, String> failures = failures(checks);

      assertThat(failures).containsOnlyKeys("default · entities ⇄ migrations");
      assertThat(failures.get("default · entities ⇄ migrations"))
          .contains("public.customer.display_name")
          .contains("80")
          .contains("60");
    }
  }

  /** The failing tests of the checks, by name, with their messages. */
  private static Map<String, String> failures(DriftgateChecks checks) {
    Map<String, String> failures = new LinkedHashMap<>();
    checks
        .dynamicTests()
        .map(DynamicTest.class::cast)
        .forEach(
            test -> {
              try {
                test.getExecutable().execute();
              } catch (org.opentest4j.TestAbortedException skipped) {
                // a check with nothing to check (no canonical script): not a failure
              } catch (Throwable failure) {
                failures.put(test.getDisplayName(), failure.getMessage());
              }
            });
    return failures;
  }
}
