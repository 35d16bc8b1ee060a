package dev.driftgate.pgdump;

import dev.driftgate.bench.synthetic.SyntheticProject;
import dev.driftgate.config.ManifestReader;
import dev.driftgate.config.Tier;
import dev.driftgate.postgres.EmbeddedServer;
import dev.driftgate.testing.Projects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

/**
 * Regenerates the pg_dump corpus ({@code src/test/resources/pgdump}, see its README): refreshes the
 * sources that are made, not written by hand (this repository's Milestone project, the synthetic
 * project), then builds every project's canonical script and baselines with {@code psql} in the
 * embedded PostgreSQL and dumps them with the machine's {@code pg_dump} into {@code pg<major>/}.
 * Run it through {@code src/test/resources/pgdump/regenerate}.
 */
public final class CorpusWriter {
  /** The corpus, relative to the repository root. */
  public static final Path ROOT = Path.of("src/test/resources/pgdump");

  /** The synthetic project's shape: one tier of about a hundred tables. */
  static final SyntheticProject.Shape SYNTHETIC = new SyntheticProject.Shape(100, 10, 42, false);

  private CorpusWriter() {}

  public static void main(String[] args) throws IOException, SQLException {
    Path repository = Projects.milestone();
    Path corpus = repository.resolve(ROOT);
    refreshMilestone(repository, corpus.resolve("milestone/source"));
    refreshSynthetic(corpus.resolve("synthetic/source"));
    Path log = Files.createTempFile("pgdump-corpus", ".log");
    try (EmbeddedServer server = EmbeddedServer.start()) {
      PgClients clients = new PgClients(server.port(), log);
      String version = clients.dumpVersion();
      Path dumps = Path.of("pg" + clients.dumpMajor());
      PgDumpForm form = new PgDumpForm(server, clients);
      System.out.println(version + ", server " + server.info().version());
      for (String project : new String[] {"milestone", "synthetic", "bookings"}) {
        write(form, corpus.resolve(project), dumps, project);
      }
    }
    Files.delete(log);
  }

  private static void write(PgDumpForm form, Path dir, Path dumps, String name)
      throws IOException, SQLException {
    Path source = dir.resolve("source");
    Path out = dir.resolve(dumps);
    Projects.deleteTreeIfExists(out);
    Files.createDirectories(out.resolve("baseline"));
    write(out.resolve("setup_databases.sql"), form.setup(source, Map.of(), true, name));
    for (Tier tier : ManifestReader.read(source).tiers().values()) {
      if (tier.baseline() != null) {
        String file = tier.baseline().getFileName().toString();
        write(out.resolve("baseline").resolve(file), form.baseline(source, tier, name));
      }
    }
    Path data = source.resolve("data.sql");
    if (Files.isRegularFile(data)) {
      String tier = ManifestReader.read(source).tiers().keySet().iterator().next();
      write(
          out.resolve("setup_databases.data.sql"),
          form.setup(source, Map.of(tier, data), false, name));
    }
    System.out.println("wrote " + out);
  }

  /** The Milestone project as it is in this repository now: its scripts, without entities. */
  private static void refreshMilestone(Path repository, Path source) {
    Projects.deleteTreeIfExists(source);
    Projects.copyTree(repository.resolve("migrations"), source.resolve("migrations"));
    Projects.copyTree(
        repository.resolve("setup_databases.sql"), source.resolve("setup_databases.sql"));
  }

  /** The synthetic project of {@link #SYNTHETIC}, without its entities. */
  private static void refreshSynthetic(Path source) throws IOException {
    Projects.deleteTreeIfExists(source);
    SyntheticProject.write(SYNTHETIC, source);
    Projects.deleteTree(source.resolve("entities"));
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
