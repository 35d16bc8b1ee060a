package dev.driftgate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spring Boot's camel-case-to-snake-case rule, including its corner cases. */
class SpringNamingTest {
  @ParameterizedTest
  @CsvSource({
    "orderLines, order_lines",
    "OrderLine, order_line",
    "id, id",
    "already_snake, already_snake",
    "HTTPStatus, httpstatus",
    "addressLine2, address_line2",
    "line2Street, line2_street",
    "a.b, a_b"
  })
  void snakeCase(String logical, String physical) {
    assertThat(SpringNaming.snakeCase(logical)).isEqualTo(physical);
  }
}
