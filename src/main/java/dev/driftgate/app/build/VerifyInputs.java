package dev.driftgate.app.build;

import dev.driftgate.config.Manifest;
import dev.driftgate.config.ManifestReader;
import dev.driftgate.config.Migration;
import dev.driftgate.config.Project;
import dev.driftgate.config.Tier;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.sqlscript.ScriptReader;
import dev.driftgate.sqlscript.SourceLocation;
import dev.driftgate.sqlscript.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything {@code verify} reads from the project, read and lexed before any database work, so
 * that bad input fails in milliseconds with exit code 2.
 *
 * @param editedMigrations released migrations edited since the release an upgrade path starts from
 * @param notes what the report should say about how the inputs were chosen
 */
public record VerifyInputs(
    Project project,
    List<TierInputs> tiers,
    List<Migration> missingFiles,
    List<EditedMigration> editedMigrations,
    List<String> notes) {

  /**
   * A migration a release already listed whose file has changed since (SPEC: migration.checksum).
   */
  public record EditedMigration(
      Migration migration, String release, String checksumThen, String checksumNow) {}

  /**
   * One tier's scripts: its part of the canonical script, where its replay starts, its migrations
   * to replay in order. Scripts are lists of sessions: each runs in a session of its own, as psql
   * runs each {@code \c} part.
   *
   * @param setup null when the project has no canonical script: only the replay is checked
   * @param upgradePath the replay starts from an earlier release: what is missing is a migration,
   *     so fixes are written for the replay's side
   */
  public record TierInputs(
      String name,
      List<List<Statement>> setup,
      Baseline baseline,
      List<MigrationScript> migrations,
      boolean upgradePath) {}

  /** Where a tier's replay starts: a baseline script, or an earlier release's canonical script. */
  public record Baseline(String file, List<List<Statement>> sessions) {}

  /** How many statements a script of sessions has. */
  public static int statementCount(List<List<Statement>> sessions) {
    return sessions.stream().mapToInt(List::size).sum();
  }

  public static VerifyInputs read(Path dir, ReplayStart start) {
    Project project;
    Map<String, List<List<Statement>>> sections;
    try {
      project = ProjectLoader.loadForVerify(dir);
      sections =
          project.hasSetup()
              ? SetupSections.sessions(project.manifest(), project.root(), project.setupScript())
              : null;
    } catch (RuntimeException e) {
      Starts.discard(start); // Starts.of, which would have, does not run
      throw e;
    }
    Manifest manifest = project.manifest();
    Starts starts = Starts.of(project, start);
    List<Migration> missing = new ArrayList<>();
    List<EditedMigration> edited = new ArrayList<>();
    List<TierInputs> tiers = new ArrayList<>();
    for (Tier tier : manifest.tiers().values()) {
      List<MigrationScript> scripts = new ArrayList<>();
      for (Migration m : manifest.migrationsOf(tier.name())) {
        if (!Files.isRegularFile(m.file())) {
          missing.add(m);
        } else if (!starts.released().containsKey(m.name())) {
          scripts.add(MigrationScript.load(project, m));
        } else {
          starts.editedSinceRelease(m).ifPresent(edited::add);
        }
      }
      tiers.add(
          new TierInputs(
              tier.name(),
              sections == null ? null : sections.get(tier.name()),
              starts.of(tier),
              scripts,
              starts.label() != null));
    }
    List<String> notes = new ArrayList<>();
    if (project.description() != null) {
      notes.add(project.description());
    }
    notes.addAll(starts.notes(tiers));
    return new VerifyInputs(project, tiers, missing, edited, notes);
  }

  /**
   * Each tier's replay start.
   *
   * @param sections the start script per tier, or null to use the manifest's baselines
   * @param released migrations the start already contains, with their checksum then (null if the
   *     release did not have the file): they are not replayed
   */
  private record Starts(
      Project project,
      String label,
      Map<String, List<List<Statement>>> sections,
      Map<String, String> released) {

    static Starts of(Project project, ReplayStart start) {
      Manifest manifest = project.manifest();
      if (!(start instanceof ReplayStart.Baselines) && !project.hasSetup()) {
        discard(start);
        throw dev.driftgate.error.DriftgateException.badInput(
            "--baseline starts the replay from the canonical script, and this project names none"
                + " (driftgate.yaml: setup: <file>)");
      }
      if (start instanceof ReplayStart.Script script) {
        Path file = script.file().toAbsolutePath().normalize();
        String label = "file:" + script.file();
        return new Starts(
            project, label, SetupSections.sessions(manifest, file.getParent(), file), Map.of());
      }
      if (start instanceof ReplayStart.Snapshot snapshot) {
        try {
          Path script =
              snapshot.root().resolve(project.root().relativize(project.setupScript()).toString());
          Map<String, List<List<Statement>>> sections =
              SetupSections.sessions(manifest, snapshot.root(), script);
          return new Starts(project, snapshot.label(), sections, releasedIn(snapshot));
        } finally {
          discard(snapshot);
        }
      }
      return new Starts(project, null, null, Map.of());
    }

    /** Deletes the files a {@code git:} start extracted; other starts have none of their own. */
    static void discard(ReplayStart start) {
      if (start instanceof ReplayStart.Snapshot snapshot && snapshot.label().startsWith("git:")) {
        GitSnapshot.delete(snapshot.root());
      }
    }

    private static Map<String, String> releasedIn(ReplayStart.Snapshot snapshot) {
      Map<String, String> released = new java.util.HashMap<>();
      if (Files.isRegularFile(snapshot.root().resolve(Project.MANIFEST))) {
        for (Migration m : ManifestReader.read(snapshot.root()).migrations()) {
          released.put(m.name(), checksum(snapshot.root(), m.file()));
        }
      }
      return released;
    }

    /**
     * A released migration whose file changed since: databases that applied it keep the old one.
     */
    java.util.Optional<EditedMigration> editedSinceRelease(Migration m) {
      String before = released.get(m.name());
      String now = checksum(project.root(), m.file());
      return before == null || before.equals(now)
          ? java.util.Optional.empty()
          : java.util.Optional.of(new EditedMigration(m, label, before, now));
    }

    // Parts included with \i count, read from the same project (or release) root.
    private static String checksum(Path root, Path file) {
      try {
        return Files.isRegularFile(file) ? MigrationScript.checksumOf(root, file) : null;
      } catch (java.io.IOException e) {
        return null;
      }
    }

    Baseline of(Tier tier) {
      if (sections != null) {
        return new Baseline(
            label + ":" + project.display(project.setupScript()),
            sections.get(tier.name()).stream().map(this::relabel).toList());
      }
      if (tier.baseline() == null) {
        return null;
      }
      List<Statement> statements =
          new ScriptReader().read(project.root(), tier.baseline()).statements();
      return new Baseline(project.display(tier.baseline()), List.of(statements));
    }

    /**
     * Locations of an earlier release's statements say which release:
     * git:v1.0:setup_databases.sql:12.
     */
    private List<Statement> relabel(List<Statement> statements) {
      return statements.stream()
          .map(
              s -> s.at(new SourceLocation(label + ":" + s.location().file(), s.location().line())))
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
