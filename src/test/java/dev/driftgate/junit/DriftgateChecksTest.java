package dev.driftgate.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * The extension's attributes and test names on zoo projects with one known finding: each check of
 * each tier is a test named {@code tier · check}, failing with its findings.
 */
class DriftgateChecksTest {
  private static final String ERROR_PROJECT = "src/test/resources/zoo/001_schema_only_in_setup";
  private static final String WARNING_PROJECT =
      "src/test/resources/zoo/052_primary_key_name_differs";

  @Nested
  @DriftgateProject(dir = ERROR_PROJECT)
  class AnError {
    @Test
    void failsItsCheckNamedByTierAndCheckListingTheFinding(DriftgateChecks checks) {
      Map<String, String> outcomes = run(checks);

      assertThat(outcomes).containsKey("default · setup ⇄ migrations");
      assertThat(outcomes.get("default · setup ⇄ migrations"))
          .startsWith("1 finding(s):")
          .contains("error schema.missing reporting");
      assertThat(outcomes.get("default · build from setup_databases.sql")).isEqualTo("passed");
    }
  }

  @Nested
  @DriftgateProject(dir = WARNING_PROJECT)
  class AWarning {
    @Test
    void passesUnlessWarningsFail(DriftgateChecks checks) {
      Map<String, String> outcomes = run(checks);

      assertThat(outcomes.get("default · setup ⇄ migrations")).isEqualTo("passed");
      assertThat(outcomes.values()).noneMatch(o -> o.contains("finding(s)"));
    }
  }

  @Nested
  @DriftgateProject(dir = WARNING_PROJECT, failOnWarnings = true)
  class AWarningWithFailOnWarnings {
    @Test
    void failsItsCheck(DriftgateChecks checks) {
      assertThat(run(checks).get("default · setup ⇄ migrations"))
          .contains("warning primary_key.mismatch public.items.pk_items");
    }
  }

  @Nested
  @DriftgateProject(dir = ERROR_PROJECT, tiers = "nosuchtier")
  class AnUnknownTier {
    @Test
    void isOneFailingTestNamingTheTiersThereAre(DriftgateChecks checks) {
      Map<String, String> outcomes = run(checks);

      assertThat(outcomes).hasSize(1);
      assertThat(outcomes.values().iterator().next())
          .contains("names [nosuchtier]; the project has [default, project]");
    }
  }

  /** Each dynamic test's name and outcome: passed, aborted: reason, or its failure message. */
  private static Map<String, String> run(DriftgateChecks checks) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    checks
        .dynamicTests()
        .map(DynamicTest.class::cast)
        .forEach(t -> outcomes.put(t.getDisplayName(), outcome(t)));
    return outcomes;
  }

  private static String outcome(DynamicTest test) {
    try {
      test.getExecutable().execute();
      return "passed";
    } catch (TestAbortedException e) {
      return "aborted: " + e.getMessage();
    } catch (Throwable e) {
      return e.getMessage();
    }
  }
}
