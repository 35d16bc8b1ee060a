package dev.driftgate.app;

import dev.driftgate.config.Manifest;
import dev.driftgate.config.Migration;
import dev.driftgate.config.Project;
import dev.driftgate.config.Tier;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.sqlscript.ScriptReader;
import dev.driftgate.sqlscript.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code verify} reads from the project, read and lexed before any database work, so
 * that bad input fails in milliseconds with exit code 2.
 */
record VerifyInputs(Project project, List<TierInputs> tiers, List<Migration> missingFiles) {

  /**
   * One tier's scripts: its part of the canonical script, its baseline, its migrations in order.
   */
  record TierInputs(
      String name, List<Statement> setup, Baseline baseline, List<MigrationScript> migrations) {}

  /** A tier's baseline script. */
  record Baseline(String file, List<Statement> statements) {}

  static VerifyInputs read(Path dir) {
    Project project = ProjectLoader.loadWithSetup(dir);
    Manifest manifest = project.manifest();
    Map<String, List<Statement>> sections = SetupSections.read(project);
    List<Migration> missing = new ArrayList<>();
    List<TierInputs> tiers = new ArrayList<>();
    for (Tier tier : manifest.tiers().values()) {
      List<MigrationScript> scripts = new ArrayList<>();
      for (Migration m : manifest.migrationsOf(tier.name())) {
        if (Files.isRegularFile(m.file())) {
          scripts.add(MigrationScript.load(project, m));
        } else {
          missing.add(m);
        }
      }
      tiers.add(
          new TierInputs(tier.name(), sections.get(tier.name()), baseline(project, tier), scripts));
    }
    return new VerifyInputs(project, tiers, missing);
  }

  private static Baseline baseline(Project project, Tier tier) {
    if (tier.baseline() == null) {
      return null;
    }
    return new Baseline(
        project.display(tier.baseline()),
        new ScriptReader().read(project.root(), tier.baseline()).statements());
  }
}
