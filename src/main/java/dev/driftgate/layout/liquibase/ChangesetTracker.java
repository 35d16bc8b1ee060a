package dev.driftgate.layout.liquibase;

import dev.driftgate.config.ToolApplied;
import java.nio.file.Path;
import java.util.function.Function;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;

/**
 * Follows Liquibase through the changelog: which changeset runs now (its statements are tagged with
 * its file and line), and which one failed. Between changesets Liquibase only keeps its own tables,
 * and those statements go untagged.
 */
final class ChangesetTracker extends AbstractChangeExecListener {
  /** Where a changeset is: the file as reports show it and on disk, and its line. */
  record Place(String file, Path path, int line) {}

  private final LiquibaseConfig config;
  private final Function<Path, String> display;
  private final ChangesetLines lines = new ChangesetLines();
  private Place current;
  private Place failed;

  ChangesetTracker(LiquibaseConfig config, Function<Path, String> display) {
    this.config = config;
    this.display = display;
  }

  @Override
  public void willRun(
      ChangeSet changeSet,
      DatabaseChangeLog changeLog,
      Database database,
      ChangeSet.RunStatus runStatus) {
    Path file = Changelog.file(config, changeSet.getFilePath());
    current = new Place(display.apply(file), file, lines.line(file, changeSet.getId()));
    failed = current;
  }

  @Override
  public void ran(
      ChangeSet changeSet,
      DatabaseChangeLog changeLog,
      Database database,
      ChangeSet.ExecType execType) {
    current = null;
    failed = null;
  }

  String tag(ToolApplied.Tagger tagger, String sql) {
    Place place = current;
    if (place == null) {
      return sql;
    }
    return tagger.tag(sql, place.file(), lines.statement(place.path(), place.line(), sql)) + sql;
  }

  /** The changeset that was running when Liquibase stopped, or null. */
  Place failed() {
    return failed;
  }
}
