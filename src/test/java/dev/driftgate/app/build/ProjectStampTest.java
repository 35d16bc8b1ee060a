package dev.driftgate.app.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stamp of a covered project: it holds while the project's files are as the covering run found
 * them, and names the states that run answered from, for the next run to read early.
 */
class ProjectStampTest {
  @TempDir Path kept;
  @TempDir Path project;

  @Test
  void aCoveredProjectNamesItsStatesUntilAFileChanges() throws IOException {
    Path migration = Files.writeString(project.resolve("001_a.sql"), "CREATE TABLE a (id int);\n");
    ProjectStamp before = ProjectStamp.take(kept, project, "policy");
    assertThat(before.covering().isPresent()).isFalse();
    assertThat(before.covering()).isEmpty();

    before.markCovered(List.of("k-setup", "k-last"));

    ProjectStamp again = ProjectStamp.take(kept, project, "policy");
    assertThat(again.covering().isPresent()).isTrue();
    assertThat(again.covering()).contains(List.of("k-setup", "k-last"));
    assertThat(ProjectStamp.take(kept, project, "other policy").covering().isPresent()).isFalse();

    Files.writeString(migration, "CREATE TABLE a (id bigint);\n");
    Files.setLastModifiedTime(migration, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    ProjectStamp edited = ProjectStamp.take(kept, project, "policy");
    assertThat(edited.covering().isPresent()).isFalse();
    assertThat(edited.covering()).isEmpty();
  }

  @Test
  void aStampWrittenWithoutStatesStillCoversAndNamesNone() throws IOException {
    Files.writeString(project.resolve("001_a.sql"), "CREATE TABLE a (id int);\n");
    ProjectStamp stamp = ProjectStamp.take(kept, project, "policy");
    stamp.markCovered(List.of());
    // as an earlier version wrote it: the stamp alone
    assertThat(Files.readString(stamp.file())).doesNotContain("\n");

    ProjectStamp again = ProjectStamp.take(kept, project, "policy");
    assertThat(again.covering().isPresent()).isTrue();
    assertThat(again.covering()).contains(List.of());
  }
}
