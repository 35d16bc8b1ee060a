package dev.driftgate.app.verify.fixscript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.sqlscript.ScriptItem;
import dev.driftgate.sqlscript.SqlLexer;
import dev.driftgate.sqlscript.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The phase each kind of fix statement runs in, whatever its names look like: the specific form of
 * an {@code ALTER TABLE} wins over the general one, and quoted or qualified names change nothing.
 */
class FixPhaseTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DROP TRIGGER \"Trg\" ON public.\"T\"                                 | DROP_DEPENDENT",
        "ALTER TABLE p DETACH PARTITION public.\"p 2026\"                     | DROP_DEPENDENT",
        "DROP MATERIALIZED VIEW s.v                                           | DROP_VIEW",
        "ALTER TABLE public.\"T\" DROP CONSTRAINT \"Fk Order\"                | DROP_CONSTRAINT",
        "ALTER TABLE \"T\" ALTER COLUMN \"ID\" DROP DEFAULT                   | DROP_COLUMN",
        "ALTER TABLE t DROP COLUMN \"order\"                                  | DROP_COLUMN",
        "DROP FUNCTION public.f(integer)                                      | DROP_ROUTINE",
        "DROP SEQUENCE IF EXISTS public.t_id_seq                              | DROP_SEQUENCE",
        "CREATE TYPE public.\"Mood\" AS ENUM ('a')                            | CREATE_TYPE",
        "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1' | CREATE_ROUTINE",
        "CREATE UNLOGGED TABLE t (id int)                                     | CREATE_TABLE",
        "ALTER TABLE \"T\" ALTER COLUMN \"ID\" SET DEFAULT nextval('s')       | ALTER_TABLE",
        "ALTER TABLE p ATTACH PARTITION c FOR VALUES IN (1)                   | ALTER_TABLE",
        "ALTER SEQUENCE s OWNED BY public.\"T\".\"ID\"                        | ALTER_SEQUENCE",
        "ALTER TABLE \"T\" ADD CONSTRAINT \"Uq\" UNIQUE (a)                   | ADD_KEY",
        "CREATE UNIQUE INDEX \"Idx\" ON \"T\" (a)                             | CREATE_INDEX",
        "ALTER TABLE s.\"T\" ADD CONSTRAINT \"Fk\" FOREIGN KEY (a) REFERENCES u (b) | ADD_FOREIGN_KEY",
        "ALTER TABLE t VALIDATE CONSTRAINT c                                  | ADD_FOREIGN_KEY",
        "ALTER TABLE t REPLICA IDENTITY USING INDEX i                         | REPLICA_IDENTITY",
        "CREATE OR REPLACE VIEW v AS SELECT 1                                 | CREATE_VIEW",
        "CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f() | CREATE_TRIGGER",
        "CREATE POLICY p ON t USING (true)                                    | CREATE_POLICY",
        "CREATE OR REPLACE RULE r AS ON DELETE TO t DO INSTEAD NOTHING        | CREATE_RULE",
        "COMMENT ON COLUMN \"T\".\"ID\" IS 'x'                                | COMMENT",
        "GRANT SELECT ON t TO app                                             | PRIVILEGE",
        "VACUUM t                                                             | OTHER",
      })
  void classifies(String sql, FixPhase phase) {
    ScriptItem item = SqlLexer.split(sql.strip() + ";", "fix").get(0);
    assertThat(FixPhase.of((Statement) item)).isEqualTo(phase);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"DROP_SCHEMA, true", "CREATE_SCHEMA, false", "DROP_DEPENDENT, true", "OTHER, false"})
  void dropsComeFirst(FixPhase phase, boolean drops) {
    assertThat(phase.drops()).isEqualTo(drops);
  }

  /** A rewrite keeps its order: it runs where its first statement says, all of it in one phase. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ALTER TYPE public.mood RENAME TO mood__driftgate_old           | REWRITE_TYPE",
        "CREATE TABLE public.t__driftgate_old AS TABLE public.t          | REWRITE_TABLE",
      })
  void rewritesRunInTheirOwnPhase(String first, FixPhase phase) {
    Statement statement = (Statement) SqlLexer.split(first.strip() + ";", "fix").get(0);
    assertThat(FixPhase.rewriteOf(statement)).isEqualTo(phase);
    assertThat(phase.rewrites()).isTrue();
    assertThat(FixPhase.of(statement).rewrites()).isFalse();
  }
}
