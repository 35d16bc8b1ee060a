package dev.driftgate.bench.synthetic;

import java.util.List;

/** {@code migrations/manifest.yaml} in the format of SPEC §4. */
final class ManifestWriter {
  /** A manifest entry: a migration's global name, its tier and what it does. */
  record Entry(String name, String tier, String description) {}

  private ManifestWriter() {}

  static String manifest(String header, List<TierSchema> tiers, List<Entry> entries) {
    StringBuilder yaml = new StringBuilder("# ").append(header).append("\ntiers:\n");
    for (TierSchema t : tiers) {
      yaml.append("  ").append(t.name).append(": { database: ").append(t.database);
      yaml.append(", entities: ").append(t.javaPackage).append(" }\n");
    }
    yaml.append("baseline:\n");
    for (TierSchema t : tiers) {
      yaml.append("  ").append(t.name).append(": migrations/baseline/").append(t.name);
      yaml.append(".sql\n");
    }
    yaml.append(entries.isEmpty() ? "migrations: []\n" : "migrations:\n");
    for (Entry e : entries) {
      yaml.append("  - name: ").append(e.name()).append('\n');
      yaml.append("    target: ").append(e.tier()).append('\n');
      yaml.append("    description: \"").append(e.description()).append("\"\n");
    }
    return yaml.toString();
  }
}
