package dev.driftgate.pgdump;

import dev.driftgate.config.Manifest;
import dev.driftgate.config.ManifestReader;
import dev.driftgate.config.Tier;
import dev.driftgate.postgres.EmbeddedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A project's scripts rewritten as {@code pg_dump} writes them, the way a team that keeps its
 * canonical schema as a dump produces it: each tier's database built from the hand-written script
 * with {@code psql}, then dumped. A tiered canonical script gets each tier's dump after its {@code
 * \c <database>} line (a dump has none of its own).
 */
public final class PgDumpForm {
  private final EmbeddedServer server;
  private final PgClients clients;

  public PgDumpForm(EmbeddedServer server, PgClients clients) {
    this.server = server;
    this.clients = clients;
  }

  /**
   * The canonical script of {@code project} in pg_dump form: its {@code setup_databases.sql} run by
   * {@code psql} into fresh databases, then, per tier, the scripts of {@code data} (by tier name)
   * run into the tier's database and the database dumped, {@code --schema-only} or with its rows.
   * {@code keySeed} makes each dump's {@code \restrict} key, so that the same project always gives
   * the same text.
   */
  public String setup(Path project, Map<String, Path> data, boolean schemaOnly, String keySeed)
      throws IOException, SQLException {
    Manifest manifest = ManifestReader.read(project);
    Map<String, String> databases = new LinkedHashMap<>();
    for (Tier tier : manifest.tiers().values()) {
      databases.put(tier.name(), manifest.explicitTiers() ? tier.database() : "pgdump_setup");
    }
    recreate(databases.values().toArray(String[]::new));
    String first = manifest.explicitTiers() ? "postgres" : databases.get(Manifest.DEFAULT_TIER);
    clients.psql(first, project.resolve("setup_databases.sql"), project);
    StringBuilder script = new StringBuilder();
    for (Map.Entry<String, String> tier : databases.entrySet()) {
      Path rows = data.get(tier.getKey());
      if (rows != null) {
        clients.psql(tier.getValue(), rows, project);
      }
      if (manifest.explicitTiers()) {
        script.append("\\c ").append(tier.getValue()).append("\n\n");
      }
      String key = key(keySeed + "/setup/" + tier.getKey() + (schemaOnly ? "" : "/data"));
      script.append(clients.dump(tier.getValue(), schemaOnly, key));
    }
    return script.toString();
  }

  /** One tier's baseline script run by {@code psql} into a fresh database, then dumped. */
  public String baseline(Path project, Tier tier, String keySeed) throws IOException, SQLException {
    String database = "pgdump_baseline_" + tier.name();
    recreate(database);
    clients.psql(database, tier.baseline(), project);
    return clients.dump(database, true, key(keySeed + "/baseline/" + tier.name()));
  }

  private void recreate(String... databases) throws SQLException {
    try (Connection c = server.connect("postgres");
        Statement s = c.createStatement()) {
      for (String database : databases) {
        s.execute("DROP DATABASE IF EXISTS " + database);
        s.execute("CREATE DATABASE " + database);
      }
    }
  }

  /** A {@code \restrict} key as long as pg_dump's own, drawn from {@code seed}. */
  static String key(String seed) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
