package dev.driftgate.app.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.sqlscript.SourceLocation;
import dev.driftgate.sqlscript.Statement;
import dev.driftgate.sqlscript.StatementKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache entry's file: what a run writes, the next reads back whole, and a damaged one is none.
 */
class CacheEntryTest {
  @TempDir Path dir;

  @Test
  void anEntryIsReadBackAsItWasWritten() {
    CacheFiles files = new CacheFiles(dir);
    CacheEntry entry =
        CacheEntry.of(
            List.of(
                statement("CREATE TABLE \"Ünïcode\" (note text DEFAULT E'a\\nb \"q\"');", 3),
                new Statement(
                    "CREATE INDEX CONCURRENTLY i ON t (a)",
                    new SourceLocation("migrations/0002_x.sql", 12),
                    StatementKind.NO_TRANSACTION,
                    false,
                    null)),
            false);
    files.record("k1", entry);
    files.record("k2", CacheEntry.CLEAN);
    files.record("k3", CacheEntry.of(List.of(statement("SELECT 1", 1)), null));

    assertThat(files.entry("k1")).contains(entry);
    assertThat(files.entry("k1").orElseThrow().statements())
        .extracting(Statement::sql, s -> s.location().line(), Statement::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "CREATE TABLE \"Ünïcode\" (note text DEFAULT E'a\\nb \"q\"');",
                3,
                StatementKind.TRANSACTIONAL),
            org.assertj.core.groups.Tuple.tuple(
                "CREATE INDEX CONCURRENTLY i ON t (a)", 12, StatementKind.NO_TRANSACTION));
    assertThat(files.reusable("k1")).isFalse();
    assertThat(files.entry("k2")).contains(CacheEntry.CLEAN);
    assertThat(files.reusable("k2")).isTrue();
    assertThat(files.entry("k3").orElseThrow().probeClean()).isNull();
    assertThat(files.reusable("k3")).isTrue();
  }

  @Test
  void aDamagedOrForeignFileIsNoEntry() throws IOException {
    CacheFiles files = new CacheFiles(dir);
    Files.writeString(dir.resolve("cut.json"), "{\"probeClean\":true,\"journal\":[{\"sql\":\"SEL");
    Files.writeString(dir.resolve("array.json"), "[1, 2]");
    Files.writeString(
        dir.resolve("kind.json"),
        "{\"probeClean\":true,\"journal\":[{\"sql\":\"x\",\"file\":\"f\",\"line\":1,"
            + "\"kind\":\"NO_SUCH_KIND\",\"standardStrings\":true}]}");
    Files.writeString(
        dir.resolve("nosql.json"), "{\"probeClean\":true,\"journal\":[{\"file\":\"f\"}]}");

    assertThat(files.entry("cut")).isEmpty();
    assertThat(files.entry("array")).isEmpty();
    assertThat(files.entry("kind")).isEmpty();
    assertThat(files.entry("nosql")).isEmpty();
    assertThat(files.entry("absent")).isEmpty();
  }

  private static Statement statement(String sql, int line) {
    return new Statement(
        sql,
        new SourceLocation("migrations/0001_x.sql", line),
        StatementKind.TRANSACTIONAL,
        true,
        null);
  }
}
