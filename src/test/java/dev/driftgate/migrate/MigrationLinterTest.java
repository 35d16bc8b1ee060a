package dev.driftgate.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.sqlscript.SqlLexer;
import dev.driftgate.sqlscript.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each lint rule flags what breaks on a rerun and stays quiet on the idempotent spelling. */
class MigrationLinterTest {

  @Test
  void statementsAreReadWithTheStandardConformingStringsTheyWereLexedWith() {
    // With the setting off 'it\'s' is one literal, so the second ADD COLUMN is code, not text.
    assertThat(
            rules(
                "SET standard_conforming_strings = off;\n"
                    + "ALTER TABLE t ADD COLUMN IF NOT EXISTS c text DEFAULT 'it\\'s', ADD COLUMN d int"))
        .containsExactly("lint.not_idempotent");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CREATE TABLE t (id int)                                  | lint.not_idempotent",
        "CREATE TABLE IF NOT EXISTS t (id int)                    | ",
        "CREATE UNLOGGED TABLE t (id int)                         | lint.not_idempotent",
        "CREATE TEMP TABLE t (id int)                             | ",
        "CREATE UNIQUE INDEX i ON t (id)                          | lint.not_idempotent",
        "CREATE INDEX IF NOT EXISTS i ON t (id)                   | ",
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (id)      | ",
        "CREATE INDEX CONCURRENTLY i ON t (id)                    | lint.not_idempotent",
        "CREATE SEQUENCE s                                        | lint.not_idempotent",
        "CREATE VIEW v AS SELECT 1                                | lint.not_idempotent",
        "CREATE OR REPLACE VIEW v AS SELECT 1                     | ",
        "CREATE MATERIALIZED VIEW IF NOT EXISTS m AS SELECT 1     | ",
        "CREATE FUNCTION f() RETURNS int AS 'SELECT 1' LANGUAGE sql | lint.not_idempotent",
        "CREATE TYPE mood AS ENUM ('ok')                          | lint.not_idempotent",
        "DO $$ BEGIN CREATE TYPE mood AS ENUM ('ok'); EXCEPTION WHEN duplicate_object THEN NULL; END $$ | ",
        "ALTER TABLE t ADD COLUMN c int                           | lint.not_idempotent",
        "ALTER TABLE t ADD c int                                  | lint.not_idempotent",
        "ALTER TABLE public.t ADD COLUMN IF NOT EXISTS c int, ADD COLUMN d int | lint.not_idempotent",
        "ALTER TABLE t ADD COLUMN IF NOT EXISTS c int             | ",
        "ALTER TABLE t ADD CONSTRAINT c CHECK (id > 0)            | lint.not_idempotent",
        "ALTER TABLE t ALTER COLUMN c DROP DEFAULT                | ",
        "ALTER TABLE t ALTER COLUMN c DROP NOT NULL               | ",
        "ALTER TABLE t DROP COLUMN c                              | lint.not_idempotent",
        "ALTER TABLE t DROP COLUMN IF EXISTS c                    | ",
        "ALTER TABLE t DROP CONSTRAINT IF EXISTS c                | ",
        "ALTER TYPE mood ADD VALUE 'sad'                          | lint.not_idempotent",
        "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'sad'            | ",
        "DROP TABLE t                                             | lint.not_idempotent",
        "DROP INDEX CONCURRENTLY IF EXISTS i                      | ",
        "DROP TABLE IF EXISTS t                                   | ",
        "BEGIN                                                    | lint.transaction_control",
        "VACUUM t                                                 | ",
        "COMMENT ON TABLE t IS 'CREATE TABLE x'                   | ",
      })
  void flagsWhatBreaksOnARerun(String sql, String rules) {
    assertThat(rules(sql)).isEqualTo(rules == null ? List.of() : List.of(rules.split(" ")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DROP TRIGGER IF EXISTS trg ON t; CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f() | ",
        "DROP TRIGGER IF EXISTS other ON t; CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f() | lint.not_idempotent",
      })
  void aCreateAfterDropIfExistsOfTheSameObjectIsFine(String sql, String rules) {
    assertThat(rules(sql)).isEqualTo(rules == null ? List.of() : List.of(rules.split(" ")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CREATE TABLE IF NOT EXISTS t (id int); CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (id) | lint.mixed_transaction",
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (id); COMMENT ON INDEX i IS 'x' | lint.mixed_transaction",
        "DROP INDEX CONCURRENTLY IF EXISTS i; CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (id) | lint.mixed_transaction",
        "SET lock_timeout = '5s'; CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (id); RESET lock_timeout | ",
        "BEGIN; VACUUM t; COMMIT                                  | lint.transaction_control lint.transaction_control",
        "CREATE TABLE IF NOT EXISTS t (id int); CREATE INDEX IF NOT EXISTS i ON t (id) | ",
      })
  void aStatementOutsideTransactionsMustStandAlone(String sql, String rules) {
    assertThat(rules(sql)).isEqualTo(rules == null ? List.of() : List.of(rules.split(" ")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CREATE TABLE t (id int)                   | ",
        "ALTER TABLE t ADD COLUMN c int            | ",
        "CREATE INDEX CONCURRENTLY i ON t (id)     | ",
        "BEGIN                                     | lint.transaction_control",
      })
  void aRunOnceMigrationNeedNotSurviveARerun(String sql, String rules) {
    assertThat(rules(sql, true)).isEqualTo(rules == null ? List.of() : List.of(rules.split(" ")));
  }

  private static List<String> rules(String sql) {
    return rules(sql, false);
  }

  private static List<String> rules(String sql, boolean once) {
    List<Statement> statements =
        SqlLexer.split(sql + ";", "m.sql").stream()
            .filter(Statement.class::isInstance)
            .map(Statement.class::cast)
            .toList();
    return MigrationLinter.statements(statements, once).stream().map(LintFinding::rule).toList();
  }
}
