package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.build.ScratchTemplate;
import dev.driftgate.app.verify.Verify;
import dev.driftgate.postgres.EmbeddedServer;
import dev.driftgate.postgres.KeptCluster;
import dev.driftgate.postgres.PostgresVersion;
import dev.driftgate.postgres.SharedServer;
import dev.driftgate.postgres.StartupSteps;
import dev.driftgate.report.Report;
import dev.driftgate.report.Timing;
import dev.driftgate.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay-state cache: what a run goes on from, who may touch what it keeps, who holds it. */
class ReplayCacheTest {
  @TempDir static Path kept;
  @TempDir Path dir;
  private static SharedServer server;
  private static int projects;

  @BeforeAll
  static void startKeptServer() {
    server = startKept(KeptCluster.acquire(kept.resolve("cluster")).orElseThrow());
  }

  @AfterAll
  static void stop() {
    server.shutdown();
  }

  @Test
  void afterEditingTheLastMigrationOnlyItIsReplayed() throws IOException {
    Path project = project(5);
    Report cold = verify(project);
    assertThat(migrationPhases(cold)).as(cold.timings().toString()).hasSize(5);
    Files.writeString(
        project.resolve("migrations/m5.sql"),
        "\n-- edited\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Report edited = verify(project);
    assertThat(migrationPhases(edited)).containsExactly("default migration 5/5 m5");
    assertThat(edited.findings()).isEmpty();
    Report unchanged = verify(project);
    assertThat(migrationPhases(unchanged)).isEmpty();
    assertThat(unchanged.notes()).anyMatch(n -> n.startsWith("replay cache: 2 builds went on"));
  }

  /**
   * Editing the last migration tries it on the kept state before it, in a transaction rolled back
   * at the end: nothing is cloned, the verdict (probes included) is a run's without the cache, and
   * every kept state is as it was, and the administrator's alone again.
   */
  @Test
  void anEditedLastMigrationIsTriedOnTheKeptStateWhichStaysAsItWas()
      throws IOException, SQLException {
    Path project = project(3);
    assertThat(verify(project).findings()).isEmpty();
    java.util.Map<String, String> before = keptStates();
    String t = "t" + projects + "_";
    rewrite(
        project,
        3,
        "CREATE TABLE IF NOT EXISTS "
            + t
            + "3 (id int PRIMARY KEY, extra text);\n"
            + "CREATE TABLE "
            + t
            + "3b (id int);\n"
            + "SET search_path = pg_temp;\n"
            + "CREATE TEMP TABLE scratch (id int);\n");
    Report tried = verify(project);
    assertThat(tried.timings().stream().map(Timing::phase))
        .anyMatch(p -> p.endsWith("(trial)"))
        .noneMatch(p -> p.endsWith(" clone"));
    assertThat(lines(tried))
        .contains(
            "error migration.not_idempotent m3",
            "error column.missing public." + t + "3.extra",
            "error table.missing public." + t + "3b")
        .isEqualTo(lines(new Verify(TestPostgres::server).run(project)));
    assertThat(keptStates()).as("every kept state, by catalog and owner").isEqualTo(before);
  }

  /**
   * The first trial from a kept state reads that state's whole catalog and writes it down, as what
   * differs from the canonical state; a later trial from it loads that and reads again only what
   * its migration changed (each such read checked against a whole one: DRIFTGATE_CHECK_READS), to a
   * run's verdict without the cache.
   */
  @Test
  void aLaterTrialReadsAgainOnlyWhatItsMigrationChanged() throws IOException {
    Path project = project(3);
    assertThat(verify(project).findings()).isEmpty();
    String t = "t" + projects + "_";
    rewrite(project, 3, withThirdTable(t, t + "1 ADD COLUMN note text"));
    Report first = verify(project);
    assertThat(first.timings().stream().map(Timing::phase))
        .contains("default kept state catalog read");
    assertThat(first.notes()).anyMatch(n -> n.contains("1 catalog read took only what"));
    assertThat(lines(first))
        .contains("error column.missing public." + t + "1.note")
        .isEqualTo(lines(new Verify(TestPostgres::server).run(project)));

    rewrite(project, 3, withThirdTable(t, t + "2 RENAME COLUMN id TO key"));
    Report later = verify(project);
    assertThat(later.timings().stream().map(Timing::phase))
        .anyMatch(p -> p.endsWith("(trial)"))
        .doesNotContain("default kept state catalog read");
    assertThat(later.notes()).anyMatch(n -> n.contains("1 catalog read took only what"));
    assertThat(lines(later))
        .isNotEqualTo(lines(first))
        .isEqualTo(lines(new Verify(TestPostgres::server).run(project)));
  }

  /** The third migration, its table and then {@code ALTER TABLE alteration}. */
  private static String withThirdTable(String t, String alteration) {
    return "CREATE TABLE IF NOT EXISTS "
        + t
        + "3 (id int PRIMARY KEY);\nALTER TABLE "
        + alteration
        + ";\n";
  }

  /**
   * A last migration a trial cannot go on with (defaults of new sessions changed from a DO block,
   * which only a new session sees) is built on a clone instead: the verdict of a run without the
   * cache, and the kept states as they were.
   */
  @Test
  void aTrialThatCannotGoOnIsBuiltOnACloneWithTheSameVerdict() throws IOException, SQLException {
    Path project = project(2);
    verify(project);
    java.util.Map<String, String> before = keptStates();
    rewrite(
        project,
        2,
        "CREATE TABLE IF NOT EXISTS t"
            + projects
            + "_2 (id int PRIMARY KEY);\n"
            + "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET work_mem = %L',"
            + " current_database(), '8MB'); END $$;\n");
    Report report = verify(project);
    assertThat(report.timings().stream().map(Timing::phase))
        .anyMatch(p -> p.equals("default migrations clone"));
    assertThat(lines(report)).isEqualTo(lines(new Verify(TestPostgres::server).run(project)));
    assertThat(keptStates())
        .as("the clone's last state is kept besides")
        .containsAllEntriesOf(before);
  }

  /**
   * Each kept state's catalog fingerprint and owner, by name (the states this run may not change).
   */
  private static java.util.Map<String, String> keptStates() throws SQLException {
    java.util.Map<String, String> states = new java.util.TreeMap<>();
    List<String> names = new ArrayList<>();
    try (Connection c = server.connect("postgres");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT datname, pg_get_userbyid(datdba) FROM pg_database"
                    + " WHERE starts_with(datname, 'driftgate_cache_')")) {
      while (rs.next()) {
        names.add(rs.getString(1));
        states.put(rs.getString(1), rs.getString(2));
      }
    }
    for (String name : names) {
      try (Connection c = server.connect(name)) {
        states.merge(name, dev.driftgate.catalog.CatalogFingerprint.of(c), (a, b) -> a + " " + b);
      }
    }
    return states;
  }

  @Test
  void aChangedMigrationChangesTheVerdictAsWithoutTheCache() throws IOException {
    Path project = project(3);
    assertThat(verify(project).findings()).isEmpty();
    rewrite(
        project,
        3,
        "CREATE TABLE IF NOT EXISTS t" + projects + "_3 (id int PRIMARY KEY, extra text);\n");
    Report cached = verify(project);
    Report uncached = new Verify(TestPostgres::server).run(project);
    assertThat(lines(cached)).isNotEmpty().isEqualTo(lines(uncached));
  }

  /**
   * A re-run of a project whose every build the cache kept whole (findings included) gives the same
   * verdict from the files beside the cluster, and starts no server; an edit needs one again.
   */
  @Test
  void anUnchangedReRunIsAnsweredFromTheKeptFilesWithoutAServer() throws IOException {
    Path project = project(3);
    Files.writeString(
        project.resolve("setup_databases.sql"),
        "CREATE TABLE only_in_setup" + projects + " (id int);\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    AtomicInteger starts = new AtomicInteger();
    Report first = answering(project, starts);
    assertThat(starts).as("the first run builds").hasValue(1);
    assertThat(lines(first))
        .anyMatch(l -> l.contains("table.missing public.only_in_setup" + projects));

    Report again = answering(project, starts);
    assertThat(starts).as("no server for an unchanged re-run").hasValue(1);
    assertThat(lines(again)).isEqualTo(lines(first));
    assertThat(again.findings().get(0).location())
        .as("blame, as kept")
        .isEqualTo(first.findings().get(0).location());
    assertThat(again.serverVersion()).isEqualTo(first.serverVersion());
    assertThat(again.serverMode()).isEqualTo(first.serverMode());
    assertThat(again.notes()).anyMatch(n -> n.contains("no server was started"));

    rewrite(
        project,
        3,
        "CREATE TABLE IF NOT EXISTS t" + projects + "_3 (id int PRIMARY KEY, extra text);\n");
    Report edited = answering(project, starts);
    assertThat(starts).as("an edited migration is replayed on a server").hasValue(2);
    assertThat(lines(edited)).isEqualTo(lines(new Verify(TestPostgres::server).run(project)));
  }

  /**
   * A project whose replay has a migration that changes something when applied twice is probed on a
   * server every run: no run marks it as one the cache answers alone (which would only delay its
   * server's start), while a clean project is marked.
   */
  @Test
  void onlyAProjectTheCacheCoversWholeIsMarkedToRunWithoutAServer() throws IOException {
    Path covered = server.keptDirectory().orElseThrow().resolve("covered");
    Path probed = project(2);
    rewrite(
        probed,
        2,
        "CREATE TABLE IF NOT EXISTS t"
            + projects
            + "_2 (id int PRIMARY KEY);\n"
            + "INSERT INTO t"
            + projects
            + "_2 VALUES (1);\n");
    int before = count(covered);
    Report first = answering(probed, new AtomicInteger());
    // on a fresh install it inserts a row; applied twice it fails on the duplicate key
    assertThat(first.findings()).as("the second application fails: a probe finding").isNotEmpty();
    Report again = answering(probed, new AtomicInteger());
    assertThat(lines(again)).isEqualTo(lines(first));
    assertThat(count(covered)).as("no mark for it").isEqualTo(before);

    answering(project(2), new AtomicInteger());
    assertThat(count(covered)).as("a mark for a clean project").isEqualTo(before + 1);
  }

  private static int count(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      return (int) files.count();
    }
  }

  private static Report answering(Path project, AtomicInteger starts) {
    return new Verify(
            () -> {
              starts.incrementAndGet();
              return server;
            })
        .caching(true)
        .answeringFrom(server.keptDirectory())
        .run(project);
  }

  @Test
  void keptStatesAreTheAdministratorsAloneSoAScriptCannotChangeThem()
      throws IOException, SQLException {
    verify(project(2));
    List<String> kept = new ArrayList<>();
    try (Connection c = server.connect("postgres");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT datname, pg_get_userbyid(datdba),"
                    + " has_database_privilege('driftgate_builder', oid, 'CONNECT')"
                    + " FROM pg_database WHERE starts_with(datname, 'driftgate_cache_')")) {
      while (rs.next()) {
        kept.add(rs.getString(1));
        assertThat(rs.getString(2)).as("owner of " + rs.getString(1)).isEqualTo("postgres");
        assertThat(rs.getBoolean(3))
            .as("the build role may connect to " + rs.getString(1))
            .isFalse();
      }
    }
    assertThat(kept).as("setup, last state and the one before it").hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void aClusterHeldByOneRunIsNotHandedToAnother() {
    Path shared = dir.resolve("shared");
    try (KeptCluster first = KeptCluster.acquire(shared).orElseThrow()) {
      assertThat(KeptCluster.acquire(shared)).isEmpty();
    }
    assertThat(KeptCluster.acquire(shared)).isPresent().get().satisfies(KeptCluster::close);
  }

  @Test
  void aClusterWhoseServerDidNotStopCleanlyIsDiscardedAndOneThatDidIsKept()
      throws IOException, SQLException {
    Path cluster = dir.resolve("crashing");
    Path pid = cluster.resolve("data/postmaster.pid");
    String leftover;
    try (KeptCluster held = KeptCluster.acquire(cluster).orElseThrow()) {
      SharedServer first = startKept(held);
      try (Connection c = first.connect("postgres");
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE driftgate_cache_marker");
      }
      leftover = Files.readString(pid, StandardCharsets.UTF_8);
      first.shutdown();
    }
    assertThat(databasesAfterRestart(cluster)).contains("driftgate_cache_marker");
    // what a killed run leaves: the pid file of a postmaster that is gone, fsync never done
    Files.writeString(pid, leftover, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    assertThat(databasesAfterRestart(cluster))
        .contains("postgres")
        .doesNotContain("driftgate_cache_marker");
    // discarded up front, not after a start that fails on the leftover (a minute's wait)
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(java.time.Duration.ofSeconds(40));
  }

  private static List<String> databasesAfterRestart(Path cluster) throws SQLException {
    try (KeptCluster held = KeptCluster.acquire(cluster).orElseThrow()) {
      SharedServer again = startKept(held);
      List<String> names = new ArrayList<>();
      try (Connection c = again.connect("postgres");
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT datname FROM pg_database")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      } finally {
        again.shutdown();
      }
      return names;
    }
  }

  private static SharedServer startKept(KeptCluster cluster) {
    return new SharedServer(
        EmbeddedServer.startKept(
            PostgresVersion.BUNDLED, StartupSteps.NONE, ScratchTemplate.PREPARED, cluster));
  }

  @Test
  void aServerThatKeepsNothingVerifiesWithoutTheCacheAndSaysSo() throws IOException {
    Report report = new Verify(TestPostgres::server).caching(true).run(project(1));
    assertThat(report.findings()).isEmpty();
    assertThat(report.notes())
        .contains(
            "replay cache: not used (another driftgate run holds it, or the server is not embedded)");
  }

  private static Report verify(Path project) {
    return new Verify(() -> server).caching(true).run(project);
  }

  private static List<String> migrationPhases(Report report) {
    return report.timings().stream()
        .map(Timing::phase)
        .filter(p -> p.startsWith("default migration "))
        .toList();
  }

  private static List<String> lines(Report report) {
    return report.findings().stream()
        .map(f -> f.severity().id() + " " + f.kind().id() + " " + f.object())
        .sorted()
        .toList();
  }

  /** Replaces the text of the project's migration {@code m<number>.sql}. */
  private static void rewrite(Path project, int number, String sql) throws IOException {
    Files.writeString(
        project.resolve("migrations/m" + number + ".sql"), sql, StandardCharsets.UTF_8);
  }

  /**
   * A one-tier project of its own (no state shared with another test): tables in setup, one
   * migration each creating its table.
   */
  private Path project(int migrations) throws IOException {
    String t = "t" + (++projects) + "_";
    Path project = Files.createDirectories(dir.resolve("p" + projects));
    Files.createDirectories(project.resolve("migrations"));
    StringBuilder setup = new StringBuilder();
    StringBuilder manifest = new StringBuilder("migrations:\n");
    for (int i = 1; i <= migrations; i++) {
      setup.append("CREATE TABLE ").append(t).append(i).append(" (id int PRIMARY KEY);\n");
      manifest.append("  - name: m").append(i).append('\n');
      rewrite(project, i, "CREATE TABLE IF NOT EXISTS " + t + i + " (id int PRIMARY KEY);\n");
    }
    Files.writeString(project.resolve("setup_databases.sql"), setup, StandardCharsets.UTF_8);
    Files.writeString(
        project.resolve("migrations/manifest.yaml"), manifest, StandardCharsets.UTF_8);
    return project;
  }
}
