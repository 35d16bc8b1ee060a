package org.example.library;

import dev.driftgate.junit.DriftgateChecks;
import dev.driftgate.junit.DriftgateProject;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** setup_databases.sql, the migrations and the entities must agree: one test per check. */
@DriftgateProject
class SchemaDriftTest {
  @TestFactory
  Stream<DynamicNode> schema(DriftgateChecks checks) {
    return checks.dynamicTests();
  }
}
