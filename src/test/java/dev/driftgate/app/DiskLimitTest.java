package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.build.RunLimits;
import dev.driftgate.app.verify.Verify;
import dev.driftgate.diff.Finding;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Cli;
import dev.driftgate.testing.Cli.Run;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7, bounded: {@code --disk-limit} caps the space of a run's scratch databases. A migration
 * that fills them past the cap is cancelled mid-statement and is that migration's failure at its
 * line, naming the limit; under the cap nothing fires.
 */
class DiskLimitTest {
  private static final String FILLER =
      "INSERT INTO big SELECT g, repeat('x', 40) FROM generate_series(1, 5000000) g";

  @TempDir Path dir;

  @Test
  void aMigrationThatFillsTheDiskPastTheCapFailsAtItsLine() throws IOException {
    project("CREATE TABLE IF NOT EXISTS big (id int, pad text);\n" + FILLER + ";\n");
    long start = System.nanoTime();

    Report report = verify(32L << 20);

    Finding failure =
        report.findings().stream()
            .filter(f -> f.kind().id().equals("migration.failed"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no migration.failed: " + report.findings()));
    assertThat(failure.location()).isEqualTo("migrations/m1.sql:2");
    assertThat(failure.message()).contains("disk limit of 32MB").contains("--disk-limit");
    assertThat(report.findings()).noneMatch(f -> f.kind().id().equals("migration.timeout"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
  }

  @Test
  void dataUnderTheCapIsNoFinding() throws IOException {
    project(
        "CREATE TABLE IF NOT EXISTS big (id int, pad text);\n"
            + "INSERT INTO big SELECT g, 'x' FROM generate_series(1, 1000) g;\n");

    assertThat(verify(32L << 20).findings()).isEmpty();
  }

  @Test
  void aSizeThatIsNoSizeIsBadInput() {
    Run run = Cli.run(Map.of(), "verify", "--project", dir.toString(), "--disk-limit", "lots");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("'lots' is not a size");
  }

  private Report verify(long diskBytes) {
    return new Verify(TestPostgres::server)
        .limitedTo(new RunLimits(Duration.ofMinutes(5), Duration.ofMinutes(30), diskBytes))
        .run(dir);
  }

  private void project(String migration) throws IOException {
    Files.writeString(dir.resolve("setup_databases.sql"), "CREATE TABLE big (id int, pad text);\n");
    Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(dir.resolve("migrations/m1.sql"), migration);
    Projects.manifest(dir, "m1");
  }
}
