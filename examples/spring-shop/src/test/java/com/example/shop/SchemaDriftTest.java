package com.example.shop;

import dev.driftgate.junit.DriftgateChecks;
import dev.driftgate.junit.DriftgateProject;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The Flyway migrations replayed on a real PostgreSQL and checked against the entities, with Spring
 * Boot's naming and Bean Validation as the application runs them: one test per check.
 */
@DriftgateProject
class SchemaDriftTest {
  @TestFactory
  Stream<DynamicNode> schema(DriftgateChecks checks) {
    return checks.dynamicTests();
  }
}
