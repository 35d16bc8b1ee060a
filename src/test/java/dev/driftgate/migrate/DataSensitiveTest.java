package dev.driftgate.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.sqlscript.SqlLexer;
import dev.driftgate.sqlscript.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code lint} notes the statements whose effect depends on rows (verify --data measures them), and
 * stays quiet on their safe spellings.
 */
class DataSensitiveTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ALTER TABLE t ALTER COLUMN c TYPE bigint                          | true",
        "ALTER TABLE t ALTER c SET DATA TYPE integer USING c::integer      | true",
        "ALTER TABLE t ALTER COLUMN c SET NOT NULL                         | true",
        "ALTER TABLE t ADD CONSTRAINT k CHECK (c > 0)                      | true",
        "ALTER TABLE t ADD CONSTRAINT k CHECK (c > 0) NOT VALID            | false",
        "ALTER TABLE t ADD FOREIGN KEY (p) REFERENCES p (id)               | true",
        "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (p) REFERENCES p (id) NOT VALID | false",
        "ALTER TABLE t VALIDATE CONSTRAINT k                               | false",
        "ALTER TABLE t ADD COLUMN c text NOT NULL                          | true",
        "ALTER TABLE t ADD COLUMN IF NOT EXISTS c text NOT NULL DEFAULT '' | false",
        "ALTER TABLE t ADD COLUMN c text                                   | false",
        "CREATE INDEX i ON t (c)                                           | true",
        "CREATE UNIQUE INDEX IF NOT EXISTS i ON t (c)                      | true",
        "CREATE INDEX CONCURRENTLY i ON t (c)                              | false",
        "CREATE TABLE t (c text NOT NULL, CHECK (c <> ''))                 | false",
        "UPDATE t SET c = 1                                                | false",
      })
  void notesWhatDependsOnTheRows(String sql, boolean noted) {
    Statement statement =
        SqlLexer.split(sql + ";", "m.sql").stream()
            .filter(Statement.class::isInstance)
            .map(Statement.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(DataSensitive.why(statement).isPresent()).isEqualTo(noted);
  }
}
