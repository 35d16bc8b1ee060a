package dev.driftgate.app.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.verify.Verify;
import dev.driftgate.postgres.EmbeddedServer;
import dev.driftgate.postgres.KeptCluster;
import dev.driftgate.postgres.PostgresVersion;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.postgres.SharedServer;
import dev.driftgate.postgres.StartupSteps;
import dev.driftgate.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache's size limit: the least recently used states go first, until the kept databases fit;
 * sizes are measured once per state and written down beside the cluster.
 */
class ReplayCacheEvictionTest {
  @TempDir static Path kept;
  @TempDir Path dir;
  private static SharedServer server;

  @BeforeAll
  static void startKeptServer() {
    server =
        new SharedServer(
            EmbeddedServer.startKept(
                PostgresVersion.BUNDLED,
                StartupSteps.NONE,
                ScratchTemplate.PREPARED,
                KeptCluster.acquire(kept.resolve("cluster")).orElseThrow()));
  }

  @AfterAll
  static void stop() {
    server.shutdown();
  }

  @Test
  void theLeastRecentlyUsedStatesGoFirstUntilTheRestFit() throws IOException {
    Path a = project("a");
    Path b = project("b");
    verify(a);
    verify(b);
    Path cluster = server.keptDirectory().orElseThrow();
    try (ScratchDatabases databases = new ScratchDatabases(server, true)) {
      ReplayCache cache =
          ReplayCache.open(server, databases, "test", Optional.empty()).orElseThrow();
      Set<String> all = databases.keptNames(ReplayCache.PREFIX);
      assertThat(all).as("setup, last state, the one before, per project").hasSizeGreaterThan(4);

      cache.evict(Long.MAX_VALUE);
      assertThat(databases.keptNames(ReplayCache.PREFIX)).isEqualTo(all);
      Map<String, Long> sizes = sizes(cluster.resolve("state-sizes"));
      assertThat(sizes.keySet()).as("every state measured once, written down").isEqualTo(all);

      // every entry a day old, then project b verified again: its states are the recent ones
      try (Stream<Path> entries = Files.list(cluster.resolve("entries"))) {
        for (Path e : entries.toList()) {
          Files.setLastModifiedTime(e, FileTime.from(Instant.now().minusSeconds(86_400)));
        }
      }
      verify(b);
      Set<String> recent =
          all.stream().filter(name -> usedToday(cluster, name)).collect(Collectors.toSet());
      assertThat(recent).isNotEmpty().isNotEqualTo(all);

      cache.evict(recent.stream().mapToLong(sizes::get).sum());
      assertThat(databases.keptNames(ReplayCache.PREFIX)).isEqualTo(recent);
    }
    assertThat(lines(verify(a))).as("an evicted project verifies as before").isEmpty();
  }

  private static boolean usedToday(Path cluster, String database) {
    String key = database.substring(ReplayCache.PREFIX.length());
    Instant hourAgo = Instant.now().minusSeconds(3_600);
    try (Stream<Path> entries = Files.list(cluster.resolve("entries"))) {
      for (Path e : entries.toList()) {
        String file = e.getFileName().toString();
        if (file.startsWith(key)
            && file.endsWith(".json")
            && Files.getLastModifiedTime(e).toInstant().isAfter(hourAgo)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private static Map<String, Long> sizes(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .map(l -> l.split("\t"))
        .collect(Collectors.toMap(p -> p[0], p -> Long.parseLong(p[1])));
  }

  private static Report verify(Path project) {
    return new Verify(() -> server).caching(true).run(project);
  }

  private static List<String> lines(Report report) {
    return report.findings().stream().map(f -> f.kind().id() + " " + f.object()).toList();
  }

  /** A one-tier project: two tables in setup, two migrations creating them. */
  private Path project(String name) throws IOException {
    Path project = dir.resolve(name);
    Path migrations = Files.createDirectories(project.resolve("migrations"));
    Files.writeString(
        project.resolve("setup_databases.sql"),
        "CREATE TABLE " + name + "1 (id int PRIMARY KEY);\nCREATE TABLE " + name + "2 (id int);\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        migrations.resolve("manifest.yaml"), "migrations:\n  - name: m1\n  - name: m2\n");
    Files.writeString(
        migrations.resolve("m1.sql"),
        "CREATE TABLE IF NOT EXISTS " + name + "1 (id int PRIMARY KEY);\n");
    Files.writeString(
        migrations.resolve("m2.sql"), "CREATE TABLE IF NOT EXISTS " + name + "2 (id int);\n");
    return project;
  }
}
