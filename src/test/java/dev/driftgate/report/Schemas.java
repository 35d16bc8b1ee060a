package dev.driftgate.report;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The schemas in {@code docs/} that reports must satisfy, as validators returning the problems
 * found (none for a valid document).
 */
final class Schemas {
  static final Path DOCS = Path.of("docs");

  private Schemas() {}

  static List<String> jsonReport(String json) {
    return validateJson("report.schema.json", json);
  }

  static List<String> sarif(String json) {
    return validateJson("sarif-subset.schema.json", json);
  }

  /**
   * Validates with the XML Schema of the JUnit subset; the first problem, as the parser sees it.
   */
  static List<String> junit(String xml) {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      Validator validator = factory.newSchema(DOCS.resolve("junit.xsd").toFile()).newValidator();
      validator.validate(new StreamSource(new StringReader(xml)));
      return List.of();
    } catch (SAXException e) {
      return List.of(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> validateJson(String schemaFile, String json) {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    Schema schema = registry.getSchema(read(DOCS.resolve(schemaFile)), InputFormat.JSON);
    return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
