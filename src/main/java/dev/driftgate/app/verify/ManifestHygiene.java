package dev.driftgate.app.verify;

import dev.driftgate.app.build.VerifyInputs;
import dev.driftgate.config.Migration;
import dev.driftgate.config.Project;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Source;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.sqlscript.ScriptReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Manifest hygiene (SPEC §7.7): migration files the manifest does not list, and listed names
 * without a file. A file a listed migration pulls in with {@code \i} or {@code \ir} is a part of
 * that migration, not a migration of its own.
 */
final class ManifestHygiene {
  static final String TIER = "project";

  private ManifestHygiene() {}

  static List<Finding> check(VerifyInputs inputs) {
    List<Finding> findings = check(inputs.project(), inputs.missingFiles(), partsOfListed(inputs));
    for (VerifyInputs.EditedMigration edited : inputs.editedMigrations()) {
      findings.add(edited(inputs.project(), edited));
    }
    return findings;
  }

  /**
   * A migration changed after a release listed it: every database that applied it keeps the old
   * version, and the ledger's checksum no longer matches the file.
   */
  private static Finding edited(Project project, VerifyInputs.EditedMigration e) {
    Migration m = e.migration();
    return Finding.single(
        FindingKind.MIGRATION_CHECKSUM,
        m.target(),
        m.name(),
        Source.MIGRATIONS,
        project.display(m.file()) + ":1",
        "migration "
            + m.name()
            + " changed after "
            + e.release()
            + " released it (SHA-256 "
            + e.checksumThen().substring(0, 12)
            + "… then, "
            + e.checksumNow().substring(0, 12)
            + "… now): databases that applied it keep the old version",
        Fix.none("restore the released file and put the change in a new migration"));
  }

  /**
   * Every file the listed migrations read, from the scripts already loaded for the replay, else (a
   * migration an earlier release already had) read now; one that does not read has none.
   */
  private static Set<Path> partsOfListed(VerifyInputs inputs) {
    Map<String, List<Path>> loaded = new HashMap<>();
    for (VerifyInputs.TierInputs tier : inputs.tiers()) {
      tier.migrations().forEach(m -> loaded.put(m.name(), m.parts()));
    }
    Set<Path> parts = new HashSet<>();
    for (Migration m : inputs.project().manifest().migrations()) {
      List<Path> files = loaded.get(m.name());
      parts.addAll(files != null ? files : filesOf(inputs.project(), m));
    }
    return parts;
  }

  private static List<Path> filesOf(Project project, Migration m) {
    if (!Files.isRegularFile(m.file())) {
      return List.of();
    }
    try {
      return new ScriptReader().read(project.root(), m.file()).files();
    } catch (DriftgateException e) {
      return List.of();
    }
  }

  private static List<Finding> check(
      Project project, List<Migration> missingFiles, Set<Path> parts) {
    List<Finding> findings = new ArrayList<>();
    for (Migration m : missingFiles) {
      findings.add(
          Finding.single(
              FindingKind.MIGRATION_FILE_MISSING,
              m.target(),
              m.name(),
              Source.MIGRATIONS,
              Project.MANIFEST,
              "migration "
                  + m.name()
                  + " is listed in "
                  + Project.MANIFEST
                  + " but "
                  + project.display(m.file())
                  + " does not exist",
              Fix.none(
                  "add " + project.display(m.file()) + " or remove the entry from the manifest")));
    }
    Set<String> listed =
        project.manifest().migrations().stream().map(Migration::name).collect(Collectors.toSet());
    for (Path file : project.migrationFiles()) {
      String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
      if (!listed.contains(name) && !parts.contains(file.toAbsolutePath().normalize())) {
        findings.add(
            Finding.single(
                FindingKind.MIGRATION_UNREGISTERED,
                TIER,
                name,
                Source.MIGRATIONS,
                project.display(file) + ":1",
                project.display(file)
                    + " is not listed in "
                    + Project.MANIFEST
                    + ", so no runner will ever apply it",
                Fix.none(
                    "add '- name: "
                        + name
                        + "' with its target to "
                        + Project.MANIFEST
                        + ", or delete the file")));
      }
    }
    return findings;
  }
}
