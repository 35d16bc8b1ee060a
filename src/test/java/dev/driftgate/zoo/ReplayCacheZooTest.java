package dev.driftgate.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.build.ScratchTemplate;
import dev.driftgate.app.verify.Verify;
import dev.driftgate.config.ManifestReader;
import dev.driftgate.config.Migration;
import dev.driftgate.postgres.EmbeddedServer;
import dev.driftgate.postgres.KeptCluster;
import dev.driftgate.postgres.PostgresVersion;
import dev.driftgate.postgres.SharedServer;
import dev.driftgate.postgres.StartupSteps;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Projects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The replay-state cache never changes a verdict: every zoo scenario verifies to exactly its
 * expected findings on an empty cache (which fills it), after its last migration was edited (the
 * replay goes on from the state before it), and once more unchanged (every state read as kept).
 */
class ReplayCacheZooTest {
  @TempDir static Path kept;
  @TempDir Path dir;
  private static SharedServer server;

  @BeforeAll
  static void startKeptServer() {
    KeptCluster cluster = KeptCluster.acquire(kept.resolve("cluster")).orElseThrow();
    server =
        new SharedServer(
            EmbeddedServer.startKept(
                PostgresVersion.BUNDLED, StartupSteps.NONE, ScratchTemplate.PREPARED, cluster));
  }

  @AfterAll
  static void stop() {
    server.shutdown();
  }

  static Stream<Scenario> scenarios() {
    return Scenario.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void verdictsAreTheSameWithTheCache(Scenario scenario) throws IOException, SQLException {
    emptyCache();
    Path copy = dir.resolve(scenario.name());
    Projects.copyTree(scenario.dir(), copy);
    String baseline = scenario.baseline();
    assertThat(lines(verify(copy, baseline)))
        .as("on an empty cache")
        .isEqualTo(scenario.expected());

    boolean edited = baseline.equals("none") && editLastMigration(copy);
    Report again = verify(copy, baseline);
    assertThat(lines(again))
        .as(edited ? "after editing the last migration" : "unchanged")
        .isEqualTo(scenario.expected());

    Report warm = verify(copy, baseline);
    assertThat(lines(warm)).as("every state kept").isEqualTo(scenario.expected());
    assertThat(warm.notes())
        .as("the run went on from kept states")
        .anyMatch(n -> n.startsWith("replay cache: ") && !n.startsWith("replay cache: 0 "));
  }

  private static Report verify(Path project, String baseline) {
    return new Verify(() -> server).caching(true).run(project, baseline);
  }

  private static List<String> lines(Report report) {
    return report.findings().stream().map(Scenario::line).sorted().toList();
  }

  /** Appends a comment to the last migration the manifest lists: a new checksum, no new SQL. */
  private static boolean editLastMigration(Path project) throws IOException {
    List<Migration> migrations = ManifestReader.read(project).migrations();
    if (migrations.isEmpty()) {
      return false;
    }
    Path file = project.resolve(migrations.get(migrations.size() - 1).file());
    if (!Files.isRegularFile(file)) {
      return false;
    }
    Files.writeString(
        file,
        "\n-- edited after the cache was filled\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    return true;
  }

  /** One scenario's states never serve another's: each starts on an empty cache. */
  private static void emptyCache() throws SQLException {
    try (Connection c = server.connect("postgres");
        Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT datname FROM pg_database WHERE starts_with(datname, 'driftgate_cache_')")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String name : names) {
        s.execute("DROP DATABASE \"" + name + "\" WITH (FORCE)");
      }
    }
  }
}
