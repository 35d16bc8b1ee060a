package dev.driftgate.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.postgres.SharedServer;
import dev.driftgate.sqlscript.SqlLexer;
import dev.driftgate.sqlscript.Statement;
import dev.driftgate.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A {@code COPY ... FROM STDIN} runs with the data lines its script holds, as psql runs it: the
 * plain dumps pg_dump 15.18 wrote (the lexer's golden cases 38 and 42) load whole.
 */
class ScriptExecutorCopyTest {
  private static final Path DUMPS = Path.of("src", "test", "resources", "lexer");

  @Test
  void aPlainDumpWithDataLoads() throws Exception {
    List<String> rows =
        load(
            "38_pg_dump_with_data.sql",
            "SELECT id || '|' || name || '|' || coalesce(note, 'NULL') || '|' || encode(raw, 'hex')"
                + " FROM app.item WHERE raw IS NOT NULL ORDER BY id");
    assertThat(rows)
        .containsExactly(
            "1|plain|NULL|00ff",
            "2|tab\there|back\\slash and 'quote'|616263",
            "4|semi; colon --" + " not comment|/* x */|5c2e");
  }

  @Test
  void aDumpWrittenWithStandardConformingStringsOffLoads() throws Exception {
    List<String> rows =
        load(
            "42_pg_dump_standard_strings_off.sql",
            "WITH fresh AS (INSERT INTO public.note (id) VALUES (3) RETURNING body)"
                + " SELECT body FROM public.note UNION ALL SELECT x FROM public.v"
                + " UNION ALL SELECT body FROM fresh"
                + " UNION ALL SELECT obj_description('public.note'::regclass) ORDER BY 1");
    assertThat(rows)
        .containsExactly(
            "back\\slash",
            "back\\slash\\;",
            "it's \\ here; really",
            "it's a \\ default",
            "quote's;",
            "quote's;\\;");
  }

  @Test
  void theDataLinesAfterTheStatementAreSentAsCopyData() throws Exception {
    List<String> rows =
        load(
            "CREATE TABLE n (i int, t text);\nCOPY n FROM stdin;\n1\ta;b\n2\t\\N\n\\.\n"
                + "INSERT INTO n VALUES (3, 'after');\n",
            "n.sql",
            "SELECT i || ':' || coalesce(t, 'NULL') FROM n ORDER BY i");
    assertThat(rows).containsExactly("1:a;b", "2:NULL", "3:after");
  }

  @Test
  void dataThePostgresRejectsIsTheCopysFailure() throws Exception {
    List<Statement> script =
        statements("CREATE TABLE n (i int);\nCOPY n FROM stdin;\n1\nx\n\\.\n", "bad.sql");
    try (ScratchDatabases databases = new ScratchDatabases(TestPostgres.server());
        Connection c = TestPostgres.server().connect(databases.create("copy"))) {
      Optional<SqlFailure> failure =
          new ScriptExecutor(new StatementJournal()).runAutocommit(c, script);
      assertThat(failure).isPresent();
      assertThat(failure.get().sqlState()).isEqualTo("22P02");
      assertThat(failure.get().location()).hasToString("bad.sql:2");
    }
  }

  private static List<String> load(String dump, String query) throws Exception {
    return load(Files.readString(DUMPS.resolve(dump)), dump, query);
  }

  private static List<String> load(String text, String file, String query) throws Exception {
    SharedServer server = TestPostgres.server();
    List<Statement> script = statements(text, file);
    try (ScratchDatabases databases = new ScratchDatabases(server);
        Connection c = server.connect(databases.create("copy"))) {
      // the dumps grant to a role of the cluster they came from
      execute(
          c,
          "DO $$ BEGIN CREATE ROLE dumper_role; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
      Optional<SqlFailure> failure =
          new ScriptExecutor(new StatementJournal()).runAutocommit(c, script);
      assertThat(failure).isEmpty();
      List<String> rows = new ArrayList<>();
      try (java.sql.Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(query)) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
      return rows;
    }
  }

  private static List<Statement> statements(String text, String file) {
    return SqlLexer.split(text, file).stream()
        .filter(Statement.class::isInstance)
        .map(Statement.class::cast)
        .toList();
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (java.sql.Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
