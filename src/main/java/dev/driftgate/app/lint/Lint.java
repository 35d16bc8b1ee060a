package dev.driftgate.app.lint;

import dev.driftgate.app.build.ProjectLoader;
import dev.driftgate.migrate.LintFinding;
import dev.driftgate.migrate.MigrationLinter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code lint}: checks the project's migrations without a database. Findings are data; the run
 * fails (exit 1) when any is an error.
 */
public final class Lint {
  private Lint() {}

  /**
   * One finding.
   *
   * @param severity {@code error}, {@code warning} or {@code info}
   */
  public record Finding(String location, String severity, String rule, String message, String fix) {
    public boolean error() {
      return severity.equals("error");
    }
  }

  public static List<Finding> run(Path dir) {
    return MigrationLinter.lint(ProjectLoader.load(dir)).stream().map(Lint::finding).toList();
  }

  private static Finding finding(LintFinding f) {
    return new Finding(
        f.location(), f.severity().name().toLowerCase(Locale.ROOT), f.rule(), f.message(), f.fix());
  }
}
