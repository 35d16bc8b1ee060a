package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftgate.app.verify.Verify;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Severity;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.report.Report;
import dev.driftgate.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify --baseline git:REF}: the replay starts from the canonical script of a release and
 * replays only the migrations listed since — the upgrade path production takes.
 */
class UpgradePathTest {
  @TempDir Path repo;
  private Git git;

  @BeforeEach
  void releaseOneWithOneMigration() throws IOException, GitAPIException {
    git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    write("setup_databases.sql", "CREATE TABLE items (id integer PRIMARY KEY, name text);\n");
    write("migrations/manifest.yaml", "migrations:\n  - name: m1\n    description: items\n");
    write(
        "migrations/m1.sql",
        "CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, name text);\n");
    commit("release 1");
    git.tag().setName("v1").call();
  }

  @Test
  void replaysOnlyWhatWasAddedSinceTheRelease() throws IOException, GitAPIException {
    write(
        "setup_databases.sql",
        "CREATE TABLE items (id integer PRIMARY KEY, name text, sku text);\n");
    addMigration("m2", "ALTER TABLE items ADD COLUMN IF NOT EXISTS sku text;\n");
    commit("add sku");

    Report report = new Verify(TestPostgres::server).run(repo, "git:v1");

    assertThat(report.findings()).isEmpty();
    assertThat(report.notes())
        .singleElement()
        .asString()
        .contains("setup_databases.sql at git:v1")
        .contains("replays the migrations added since: m2");
  }

  @Test
  void aChangeWithoutAMigrationBreaksTheUpgradePathAndTheFixIsAMigration()
      throws IOException, GitAPIException {
    write(
        "setup_databases.sql",
        "CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL);\n");
    commit("name becomes required, and nobody wrote the migration");

    Report report = new Verify(TestPostgres::server).run(repo, "git:v1");

    List<Finding> errors =
        report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    assertThat(errors)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind().id()).isEqualTo("column.nullable");
              assertThat(f.leftLocation()).isEqualTo("git:v1:setup_databases.sql:1");
              assertThat(f.fix())
                  .isEqualTo(
                      new Fix.Sql("ALTER TABLE public.items ALTER COLUMN name SET NOT NULL;"));
            });
  }

  @Test
  void anUnknownRefIsBadInput() {
    assertThatThrownBy(() -> new Verify(TestPostgres::server).run(repo, "git:v9"))
        .isInstanceOf(DriftgateException.class)
        .hasMessageStartingWith("--baseline git:v9: no such tag, branch or commit");
  }

  @Test
  void aReleaseDirectoryWorksLikeARef() throws IOException {
    Path release = repo.resolveSibling(repo.getFileName() + "-release");
    Files.createDirectories(release.resolve("migrations"));
    Files.copy(repo.resolve("setup_databases.sql"), release.resolve("setup_databases.sql"));
    Files.copy(
        repo.resolve("migrations/manifest.yaml"), release.resolve("migrations/manifest.yaml"));
    write(
        "setup_databases.sql",
        "CREATE TABLE items (id integer PRIMARY KEY, name text, sku text);\n");
    addMigration("m2", "ALTER TABLE items ADD COLUMN IF NOT EXISTS sku text;\n");

    Report report = new Verify(TestPostgres::server).run(repo, "file:" + release);

    assertThat(report.findings()).isEmpty();
    assertThat(report.notes().get(0)).contains("replays the migrations added since: m2");
  }

  private void addMigration(String name, String sql) throws IOException {
    write("migrations/" + name + ".sql", sql);
    Files.writeString(
        repo.resolve("migrations/manifest.yaml"),
        "  - name: " + name + "\n    description: " + name + "\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
  }

  private void write(String relative, String text) throws IOException {
    Path file = repo.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private void commit(String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.commit()
        .setMessage(message)
        .setAuthor("t", "t@example.com")
        .setCommitter("t", "t@example.com")
        .call();
  }
}
