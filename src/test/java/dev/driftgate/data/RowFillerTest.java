package dev.driftgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.catalog.CatalogReader;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rows generated from the model load into a schema with keys, checks, enums, domains, identity and
 * generated columns, a self-reference, a join table and a partitioned table: every table gets rows,
 * with edge values where the schema allows them, and the same seed gives the same rows.
 */
class RowFillerTest {
  private static final int ROWS = 300;

  @Test
  void everyTableGetsRowsThatRespectItsSchema() throws Exception {
    try (ScratchDatabases databases = new ScratchDatabases(TestPostgres.server());
        Connection c = TestPostgres.server().connect(databases.create("fill"))) {
      FillResult result = fill(c, 7);
      assertThat(result.notes()).isEmpty();
      assertThat(result.rows())
          .containsEntry(QualifiedName.of("public", "people"), (long) ROWS)
          .containsEntry(QualifiedName.of("public", "events"), (long) ROWS)
          .containsEntry(QualifiedName.of("public", "memberships"), (long) ROWS)
          // 26 * 26 two-letter codes would allow more; the rows asked for are fewer
          .containsEntry(QualifiedName.of("public", "sites"), (long) ROWS);
      assertThat(query(c, "SELECT count(*) FILTER (WHERE note IS NULL) FROM people"))
          .as("NULLs where allowed")
          .isNotEqualTo("0");
      assertThat(query(c, "SELECT count(*) FILTER (WHERE note = '') FROM people"))
          .as("empty strings")
          .isNotEqualTo("0");
      assertThat(query(c, "SELECT count(*) FILTER (WHERE length(nick) = 12) FROM people"))
          .as("maximum lengths")
          .isNotEqualTo("0");
      assertThat(query(c, "SELECT count(score) - count(DISTINCT score) FROM people"))
          .as("repeated values in a column without a unique key")
          .isNotEqualTo("0");
      assertThat(query(c, "SELECT count(parent_id) FROM teams WHERE parent_id < id"))
          .as("self-references to earlier rows")
          .isNotEqualTo("0");
    }
  }

  @Test
  void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() throws Exception {
    try (ScratchDatabases databases = new ScratchDatabases(TestPostgres.server());
        Connection a = TestPostgres.server().connect(databases.create("fill_a"));
        Connection b = TestPostgres.server().connect(databases.create("fill_b"));
        Connection other = TestPostgres.server().connect(databases.create("fill_c"))) {
      fill(a, 3);
      fill(b, 3);
      fill(other, 4);
      String digest = "SELECT md5(string_agg(p::text, ',' ORDER BY p.id)) FROM people p";
      assertThat(query(a, digest)).isEqualTo(query(b, digest)).isNotEqualTo(query(other, digest));
    }
  }

  private static FillResult fill(Connection c, long seed) throws Exception {
    try (Statement s = c.createStatement()) {
      s.setEscapeProcessing(false); // the checks' patterns hold braces
      for (String statement :
          Files.readString(Path.of("src/test/resources/data/schema.sql")).split(";\n")) {
        try {
          s.execute(statement);
        } catch (java.sql.SQLException e) {
          throw new AssertionError(statement, e);
        }
      }
    }
    FillResult result = new RowFiller(ROWS, seed).fill(c, CatalogReader.read(c));
    Map<QualifiedName, Long> rows = result.rows();
    assertThat(rows).isNotEmpty();
    return result;
  }

  private static String query(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
