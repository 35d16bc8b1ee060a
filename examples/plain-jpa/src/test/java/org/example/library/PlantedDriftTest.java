package org.example.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.junit.DriftgateChecks;
import dev.driftgate.junit.DriftgateProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * This project with one planted mismatch: the migration forgets that a book's isbn is unique. The
 * migrations then disagree with setup_databases.sql and with the entity, and nothing else fails.
 */
class PlantedDriftTest {
  private static final Path PLANTED = Path.of("target/planted-drift");

  @BeforeAll
  static void plant() throws IOException {
    Files.createDirectories(PLANTED.resolve("migrations"));
    Files.copy(
        Path.of("setup_databases.sql"),
        PLANTED.resolve("setup_databases.sql"),
        StandardCopyOption.REPLACE_EXISTING);
    try (Stream<Path> files = Files.list(Path.of("migrations"))) {
      for (Path file : files.toList()) {
        Files.copy(
            file,
            PLANTED.resolve("migrations").resolve(file.getFileName()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path books = PLANTED.resolve("migrations/002_books.sql");
    Files.writeString(books, Files.readString(books).replace(" NOT NULL UNIQUE,", " NOT NULL,"));
  }

  @Nested
  @DriftgateProject(dir = "target/planted-drift", entitiesClasspath = "target/classes")
  class WithoutTheUniqueIsbn {
    @Test
    void theMigrationChecksFailNamingTheConstraint(DriftgateChecks checks) {
      Map<String, String> failures = failures(checks);

      assertThat(failures)
          .containsOnlyKeys("default · setup ⇄ migrations", "default · entities ⇄ migrations");
      assertThat(failures.values()).allSatisfy(message -> assertThat(message).contains("isbn"));
    }
  }

  private static Map<String, String> failures(DriftgateChecks checks) {
    Map<String, String> failures = new LinkedHashMap<>();
    checks
        .dynamicTests()
        .map(DynamicTest.class::cast)
        .forEach(
            test -> {
              try {
                test.getExecutable().execute();
              } catch (TestAbortedException skipped) {
                // a check with nothing to check is no failure
              } catch (Throwable failure) {
                failures.put(test.getDisplayName(), failure.getMessage());
              }
            });
    return failures;
  }
}
