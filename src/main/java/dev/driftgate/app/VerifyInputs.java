package dev.driftgate.app;

import dev.driftgate.config.Manifest;
import dev.driftgate.config.ManifestReader;
import dev.driftgate.config.Migration;
import dev.driftgate.config.Project;
import dev.driftgate.config.Tier;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.sqlscript.ScriptReader;
import dev.driftgate.sqlscript.SourceLocation;
import dev.driftgate.sqlscript.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything {@code verify} reads from the project, read and lexed before any database work, so
 * that bad input fails in milliseconds with exit code 2.
 *
 * @param notes what the report should say about how the inputs were chosen
 */
record VerifyInputs(
    Project project, List<TierInputs> tiers, List<Migration> missingFiles, List<String> notes) {

  /**
   * One tier's scripts: its part of the canonical script, where its replay starts, its migrations
   * to replay in order.
   *
   * @param upgradePath the replay starts from an earlier release: what is missing is a migration,
   *     so fixes are written for the replay's side
   */
  record TierInputs(
      String name,
      List<Statement> setup,
      Baseline baseline,
      List<MigrationScript> migrations,
      boolean upgradePath) {}

  /** Where a tier's replay starts: a baseline script, or an earlier release's canonical script. */
  record Baseline(String file, List<Statement> statements) {}

  static VerifyInputs read(Path dir, ReplayStart start) {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw DriftgateException.badInput(dir + ": no such project directory");
    }
    if (!Files.isRegularFile(root.resolve(Project.SETUP_SCRIPT))) {
      throw DriftgateException.badInput(
          dir
              + ": no "
              + Project.SETUP_SCRIPT
              + " here; pass the project directory with --project DIR");
    }
    Manifest manifest = ManifestReader.read(root);
    Project project = new Project(root, manifest);
    Map<String, List<Statement>> sections = SetupSections.read(project);
    Starts starts = Starts.of(project, start);
    List<Migration> missing = new ArrayList<>();
    List<TierInputs> tiers = new ArrayList<>();
    for (Tier tier : manifest.tiers().values()) {
      List<MigrationScript> scripts = new ArrayList<>();
      for (Migration m : manifest.migrationsOf(tier.name())) {
        if (!Files.isRegularFile(m.file())) {
          missing.add(m);
        } else if (!starts.listed().contains(m.name())) {
          scripts.add(MigrationScript.load(project, m));
        }
      }
      tiers.add(
          new TierInputs(
              tier.name(),
              sections.get(tier.name()),
              starts.of(tier),
              scripts,
              starts.label() != null));
    }
    return new VerifyInputs(project, tiers, missing, starts.notes(tiers));
  }

  /**
   * Each tier's replay start.
   *
   * @param sections the start script per tier, or null to use the manifest's baselines
   * @param listed migrations the start already contains: they are not replayed
   */
  private record Starts(
      Project project, String label, Map<String, List<Statement>> sections, Set<String> listed) {

    static Starts of(Project project, ReplayStart start) {
      Manifest manifest = project.manifest();
      if (start instanceof ReplayStart.Script script) {
        Path file = script.file().toAbsolutePath().normalize();
        String label = "file:" + script.file();
        return new Starts(
            project, label, SetupSections.read(manifest, file.getParent(), file), Set.of());
      }
      if (start instanceof ReplayStart.Snapshot snapshot) {
        try {
          Path script = snapshot.root().resolve(Project.SETUP_SCRIPT);
          Map<String, List<Statement>> sections =
              SetupSections.read(manifest, snapshot.root(), script);
          return new Starts(project, snapshot.label(), sections, listedIn(snapshot));
        } finally {
          if (snapshot.label().startsWith("git:")) {
            GitSnapshot.delete(snapshot.root());
          }
        }
      }
      return new Starts(project, null, null, Set.of());
    }

    private static Set<String> listedIn(ReplayStart.Snapshot snapshot) {
      if (!Files.isRegularFile(snapshot.root().resolve(Project.MANIFEST))) {
        return Set.of();
      }
      return ManifestReader.read(snapshot.root()).migrations().stream()
          .map(Migration::name)
          .collect(Collectors.toSet());
    }

    Baseline of(Tier tier) {
      if (sections != null) {
        return new Baseline(label + ":" + Project.SETUP_SCRIPT, relabel(sections.get(tier.name())));
      }
      if (tier.baseline() == null) {
        return null;
      }
      List<Statement> statements =
          new ScriptReader().read(project.root(), tier.baseline()).statements();
      return new Baseline(project.display(tier.baseline()), statements);
    }

    /**
     * Locations of an earlier release's statements say which release:
     * git:v1.0:setup_databases.sql:12.
     */
    private List<Statement> relabel(List<Statement> statements) {
      return statements.stream()
          .map(
              s ->
                  new Statement(
                      s.sql(),
                      new SourceLocation(label + ":" + s.location().file(), s.location().line()),
                      s.kind()))
          .toList();
    }

    List<String> notes(List<TierInputs> tiers) {
      if (label == null) {
        return List.of();
      }
      String replayed =
          tiers.stream()
              .flatMap(t -> t.migrations().stream())
              .map(MigrationScript::name)
              .collect(Collectors.joining(", "));
      return List.of(
          "the replay starts from setup_databases.sql at "
              + label
              + " (fixes below are statements for a new migration) and replays "
              + (replayed.isEmpty()
                  ? "no migration (none was added since)"
                  : "the migrations added since: " + replayed));
    }
  }
}
