package dev.driftgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON, JUnit and SARIF renderings of the sample reports satisfy the schemas published in
 * {@code docs/}, and the schemas reject what they must, so a passing validation means something.
 */
class SchemaValidationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Report> reports() {
    return Stream.of(SampleReports.clean(), SampleReports.drift());
  }

  @ParameterizedTest
  @MethodSource("reports")
  void jsonReportMatchesItsSchema(Report report) throws IOException {
    assertThat(Schemas.jsonReport(render(report, Format.JSON))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void junitReportMatchesItsSchema(Report report) throws IOException {
    assertThat(Schemas.junit(render(report, Format.JUNIT))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void sarifReportMatchesItsSchemaAndPointsResultsAtTheirRules(Report report) throws IOException {
    String sarif = render(report, Format.SARIF);

    assertThat(Schemas.sarif(sarif)).isEmpty();
    JsonNode run = JSON.readTree(sarif).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    for (JsonNode result : run.get("results")) {
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id"))
          .isEqualTo(result.get("ruleId"));
    }
    assertThat(run.get("results")).hasSize(report.findings().size());
  }

  @Test
  void jsonSchemaRejectsAReportWithoutStatusOrWithAnUnknownSeverity() throws IOException {
    ObjectNode missingStatus =
        (ObjectNode) JSON.readTree(render(SampleReports.drift(), Format.JSON));
    missingStatus.remove("status");
    ObjectNode badSeverity = (ObjectNode) JSON.readTree(render(SampleReports.drift(), Format.JSON));
    ((ObjectNode) badSeverity.get("findings").get(0)).put("severity", "fatal");

    assertThat(Schemas.jsonReport(missingStatus.toString())).isNotEmpty();
    assertThat(Schemas.jsonReport(badSeverity.toString())).isNotEmpty();
  }

  @Test
  void junitSchemaRejectsATestCaseWithoutClassname() throws IOException {
    String xml = render(SampleReports.drift(), Format.JUNIT).replace("classname=\"tenant\" ", "");

    assertThat(Schemas.junit(xml)).isNotEmpty();
  }

  @Test
  void sarifSchemaRejectsAWrongVersionAndAnAbsoluteUri() throws IOException {
    String sarif = render(SampleReports.drift(), Format.SARIF);

    assertThat(Schemas.sarif(sarif.replace("\"2.1.0\"", "\"2.0.0\""))).isNotEmpty();
    assertThat(Schemas.sarif(sarif.replace("\"db/setup_databases.sql\"", "\"/abs/x.sql\"")))
        .isNotEmpty();
  }

  private static String render(Report report, Format format) throws IOException {
    return GoldenRenderTest.render(report, format, RenderOptions.plain(GoldenRenderTest.VERSION));
  }
}
