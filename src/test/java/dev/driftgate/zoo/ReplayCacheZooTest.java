package dev.driftgate.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.build.ScratchTemplate;
import dev.driftgate.app.verify.DataOptions;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The replay-state cache never changes a verdict: every zoo scenario verifies to exactly its
 * expected findings on an empty cache (which fills it), then after its last migration was edited
 * (the replay goes on from the state before it) or, where no migration can be edited, unchanged
 * (every state read as kept), and after an edit once more unchanged: a run whose every build the
 * cache kept whole is answered from its files, with no server. A tried migration's catalog read of
 * only what it changed is checked against a whole read there ({@code DRIFTGATE_CHECK_READS}).
 */
class ReplayCacheZooTest {
  @TempDir static Path kept;
  @TempDir Path dir;
  private static SharedServer server;
  private static final AtomicInteger reused = new AtomicInteger();
  private static final AtomicInteger runs = new AtomicInteger();
  private static final AtomicInteger answered = new AtomicInteger();
  private static final AtomicInteger tried = new AtomicInteger();
  private static final AtomicInteger readChanged = new AtomicInteger();

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
    DataOptions data = new Scenario(scenario.name(), copy).data(); // a seed script of the copy
    assertThat(lines(verify(copy, baseline, data)))
        .as("on an empty cache")
        .isEqualTo(scenario.expected());

    // the last migration edited: the replay goes on from the state before it; where there is
    // nothing to edit (or an edit would be a released migration's), unchanged: every state kept
    boolean edited = baseline.equals("none") && editLastMigration(copy);
    Report warm = verify(copy, baseline, data);
    assertThat(lines(warm))
        .as(edited ? "after editing the last migration" : "unchanged")
        .isEqualTo(scenario.expected());
    if (warm.notes().stream()
        .anyMatch(n -> n.startsWith("replay cache: ") && !n.startsWith("replay cache: 0 "))) {
      reused.incrementAndGet();
    }
    if (warm.notes().stream().anyMatch(n -> n.contains("no server was started"))) {
      answered.incrementAndGet();
    }
    if (warm.timings().stream().anyMatch(t -> t.phase().endsWith("(trial)"))) {
      tried.incrementAndGet(); // the edited migration tried on the kept state before it
    }
    if (warm.notes().stream().anyMatch(n -> n.contains(" took only what a tried migration"))) {
      readChanged.incrementAndGet(); // its catalog read again only what the migration changed
    }
    runs.incrementAndGet();

    // after the edit, once more unchanged: a project whose every build the cache kept whole (no
    // failure, no probe finding, no replay over rows) is answered from the cache's files alone
    // (unedited scenarios were, on their second run already)
    boolean coverable =
        !data.enabled()
            && scenario.expected().stream()
                .noneMatch(l -> l.contains(" migration.") || l.contains(" setup."));
    if (!edited || !coverable) {
      return;
    }
    Report again = verify(copy, baseline, data);
    assertThat(lines(again)).as("unchanged, once more").isEqualTo(scenario.expected());
    if (again.notes().stream().anyMatch(n -> n.contains("no server was started"))) {
      answered.incrementAndGet();
    }
  }

  /**
   * The cache was used: most scenarios' last run went on from kept states (not those whose scripts
   * create roles, which keep nothing), and many edited last migrations were tried on the kept state
   * before them, in a transaction rolled back, to the same verdict.
   */
  @AfterAll
  static void mostRunsWentOnFromKeptStates() {
    if (runs.get() >= 10) { // a whole zoo, not one scenario picked with -Dzoo.only
      assertThat(reused.get())
          .as("runs that reused kept states, of " + runs.get())
          .isGreaterThan(runs.get() / 2);
      assertThat(answered.get())
          .as("unchanged re-runs answered without a server, of " + runs.get())
          .isGreaterThan(runs.get() / 4);
      assertThat(tried.get())
          .as("edited last migrations tried on the kept state before them, of " + runs.get())
          .isGreaterThan(runs.get() / 4);
      // with DRIFTGATE_CHECK_READS (the suite sets it) each such read was checked against a whole
      // one; most tried migrations change only what a read by oids covers
      assertThat(readChanged.get())
          .as("tried migrations whose catalog read took only what they changed, of " + tried.get())
          .isGreaterThan(tried.get() / 2);
    }
  }

  private static Report verify(Path project, String baseline, DataOptions data) {
    return new Verify(() -> server)
        .caching(true)
        .answeringFrom(server.keptDirectory())
        .replayingOverRows(data)
        .run(project, baseline);
  }

  private static List<String> lines(Report report) {
    return report.findings().stream().map(Scenario::entry).sorted().toList();
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
