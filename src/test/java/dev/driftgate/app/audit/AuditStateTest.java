package dev.driftgate.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Severity;
import dev.driftgate.diff.Source;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.report.AuditStatus;
import dev.driftgate.report.DatabaseAudit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state file of a resumable audit: rows come back as written, and only for the same project.
 */
class AuditStateTest {
  @TempDir Path dir;

  private static final DatabaseAudit DRIFTING =
      new DatabaseAudit(
          "acme",
          "tenant",
          "milestone_acme",
          "add_skills_tables",
          1,
          7,
          AuditStatus.DRIFT,
          "1 difference from the replay up to add_skills_tables",
          "ab12",
          List.of(
              new Finding(
                  FindingKind.INDEX_MISSING,
                  Severity.ERROR,
                  "tenant",
                  "public.idx_by_hand",
                  Source.LIVE,
                  Source.MIGRATIONS,
                  "CREATE INDEX idx_by_hand ON users (email)",
                  null,
                  null,
                  null,
                  "index public.idx_by_hand is in the live database but not in the migrations",
                  Fix.sql("DROP INDEX public.idx_by_hand;")),
              Finding.single(
                  FindingKind.LEDGER_MISMATCH,
                  "tenant",
                  "add_custom_columns",
                  Source.LIVE,
                  "migrations/add_custom_columns.sql",
                  "the ledger does not list add_custom_columns",
                  Fix.none("apply it"))),
          42);

  @Test
  void rowsComeBackAsWrittenForTheSameMigrations() {
    Path file = dir.resolve("state.jsonl");
    AuditState.open(file, "project-a").record("localhost:5432/milestone_acme", DRIFTING);

    AuditState again = AuditState.open(file, "project-a");

    assertThat(again.done("localhost:5432/milestone_acme")).contains(DRIFTING);
    assertThat(again.done("localhost:5432/milestone_other")).isEmpty();
    assertThat(again.note()).startsWith("1 database(s) taken from");
  }

  @Test
  void aStateWrittenForOtherMigrationsIsNotUsed() {
    Path file = dir.resolve("state.jsonl");
    AuditState.open(file, "project-a").record("localhost:5432/milestone_acme", DRIFTING);

    AuditState changed = AuditState.open(file, "project-b");

    assertThat(changed.done("localhost:5432/milestone_acme")).isEmpty();
    assertThat(changed.note()).endsWith("was written for other migrations: not used");
  }

  @Test
  void aDamagedStateFileIsBadInput() throws Exception {
    Path file = dir.resolve("state.jsonl");
    Files.writeString(file, "{\"project\":\"project-a\"}\n{not json\n");

    assertThatThrownBy(() -> AuditState.open(file, "project-a"))
        .isInstanceOf(DriftgateException.class)
        .hasMessageStartingWith("--state " + file + ": cannot be used");
  }
}
