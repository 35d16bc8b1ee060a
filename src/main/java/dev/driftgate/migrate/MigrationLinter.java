package dev.driftgate.migrate;

import dev.driftgate.config.Migration;
import dev.driftgate.config.Project;
import dev.driftgate.sqlscript.ScriptReader;
import dev.driftgate.sqlscript.Statement;
import dev.driftgate.sqlscript.StatementKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code lint}: reads every migration of the manifest without a database and reports statements
 * that break on a rerun, statements that cannot run in a transaction mixed with others (which the
 * runner refuses), transaction control the runner ignores, and files the manifest and the directory
 * disagree about; and notes the statements whose effect depends on the rows ({@code verify --data}
 * measures them).
 */
public final class MigrationLinter {
  private static final int TOKENS = 4096;

  private MigrationLinter() {}

  /** Every finding, files in manifest order, then the unregistered files. */
  public static List<LintFinding> lint(Project project) {
    List<LintFinding> findings = new ArrayList<>();
    for (Migration m : project.manifest().migrations()) {
      if (!Files.isRegularFile(m.file())) {
        findings.add(
            LintFinding.error(
                Project.MANIFEST,
                "migration.file_missing",
                "migration "
                    + m.name()
                    + " is listed but "
                    + project.display(m.file())
                    + " does not exist",
                "add the file or remove the entry from the manifest"));
        continue;
      }
      List<Statement> statements = MigrationScript.load(project, m).statements();
      findings.addAll(statements(statements, m.once()));
      findings.addAll(DataSensitive.notes(statements));
    }
    findings.addAll(unregistered(project));
    return findings;
  }

  static List<LintFinding> statements(List<Statement> statements) {
    return statements(statements, false);
  }

  /** The findings of a migration's statements; one that runs once need not survive a rerun. */
  static List<LintFinding> statements(List<Statement> statements, boolean once) {
    List<LintFinding> findings = new ArrayList<>();
    MixedTransactions.of(statements)
        .ifPresent(
            mix ->
                findings.add(
                    LintFinding.error(
                        mix.outside().location().toString(),
                        "lint.mixed_transaction",
                        mix.problem(),
                        mix.fix())));
    IdempotencyRules rules = new IdempotencyRules();
    for (Statement s : statements) {
      String where = s.location().toString();
      String problem = once ? null : rules.check(s.tokens(TOKENS));
      if (problem != null) {
        findings.add(
            LintFinding.error(
                where, "lint.not_idempotent", "fails when the migration runs again", problem));
      }
      if (s.kind() == StatementKind.TRANSACTION_CONTROL) {
        findings.add(
            LintFinding.warning(
                where,
                "lint.transaction_control",
                String.join(" ", s.leadingWords(2))
                    + " is ignored: the runner wraps each migration"
                    + " in one transaction",
                "remove it"));
      }
    }
    return findings;
  }

  private static List<LintFinding> unregistered(Project project) {
    Set<String> listed =
        project.manifest().migrations().stream().map(Migration::name).collect(Collectors.toSet());
    Set<Path> parts = partsOfListed(project);
    List<LintFinding> findings = new ArrayList<>();
    for (Path file : project.migrationFiles()) {
      String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
      if (!listed.contains(name) && !parts.contains(file.toAbsolutePath().normalize())) {
        findings.add(
            LintFinding.error(
                project.display(file) + ":1",
                "migration.unregistered",
                project.display(file)
                    + " is not listed in "
                    + Project.MANIFEST
                    + ", so no runner applies it",
                "add '- name: " + name + "' with its target to the manifest, or delete the file"));
      }
    }
    return findings;
  }

  /** Every file the listed migrations read: a file one of them includes is a part of it. */
  private static Set<Path> partsOfListed(Project project) {
    Set<Path> parts = new HashSet<>();
    for (Migration m : project.manifest().migrations()) {
      if (Files.isRegularFile(m.file())) {
        parts.addAll(new ScriptReader().read(project.root(), m.file()).files());
      }
    }
    return parts;
  }
}
