package dev.driftgate.bench;

import dev.driftgate.config.Manifest;
import dev.driftgate.config.ManifestReader;
import dev.driftgate.config.Tier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the floor feeds {@code psql} for one tier: its section of {@code setup_databases.sql}
 * (written to a file of its own, without the {@code \c} lines), its baseline and its migrations in
 * manifest order.
 *
 * @param baseline the baseline script, or null
 */
record TierScripts(String tier, Path setup, Path baseline, List<Path> migrations) {

  static List<TierScripts> of(Path project, Path work) throws IOException {
    Manifest manifest = ManifestReader.read(project);
    Map<String, StringBuilder> sections = sections(project, manifest);
    List<TierScripts> tiers = new ArrayList<>();
    for (Tier tier : manifest.tiers().values()) {
      Path setup = work.resolve(tier.name() + ".setup.sql");
      Files.writeString(setup, sections.get(tier.name()), StandardCharsets.UTF_8);
      List<Path> migrations =
          manifest.migrationsOf(tier.name()).stream().map(m -> m.file()).toList();
      tiers.add(new TierScripts(tier.name(), setup, tier.baseline(), migrations));
    }
    return tiers;
  }

  /** The canonical script cut at its {@code \c <database>} lines, by tier. */
  private static Map<String, StringBuilder> sections(Path project, Manifest manifest)
      throws IOException {
    Map<String, StringBuilder> sections = new LinkedHashMap<>();
    Map<String, String> tierOfDatabase = new LinkedHashMap<>();
    manifest
        .tiers()
        .values()
        .forEach(
            t -> {
              sections.put(t.name(), new StringBuilder());
              tierOfDatabase.put(t.database(), t.name());
            });
    StringBuilder current = manifest.explicitTiers() ? null : sections.get(Manifest.DEFAULT_TIER);
    for (String line : Files.readAllLines(project.resolve("setup_databases.sql"))) {
      String[] words = line.trim().split("\\s+");
      if (words.length == 2 && (words[0].equals("\\c") || words[0].equals("\\connect"))) {
        current = sections.get(tierOfDatabase.get(words[1]));
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return sections;
  }
}
