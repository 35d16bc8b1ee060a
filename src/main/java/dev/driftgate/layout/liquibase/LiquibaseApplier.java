package dev.driftgate.layout.liquibase;

import dev.driftgate.config.ToolApplied;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.postgresql.util.ServerErrorMessage;

/**
 * Applies a project's master changelog with Liquibase's own {@code update}, its contexts and
 * labels, on the session the runner hands it; every statement Liquibase sends while a changeset
 * runs is tagged with that changeset's file and line.
 *
 * @param display shows a changelog file as reports do (relative to the project root)
 */
record LiquibaseApplier(LiquibaseConfig config, List<Path> files, Function<Path, String> display)
    implements ToolApplied {

  @Override
  public Optional<Failure> apply(Connection connection, Tagger tagger) throws SQLException {
    ChangesetTracker tracker = new ChangesetTracker(config, display);
    Connection tagged =
        TaggingConnection.wrap(connection, sql -> tracker.tag(tagger, sql), tagger::timeoutSeconds);
    try {
      QuietLiquibase.run(
          config.searchRoots(),
          () -> {
            Database database =
                DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(tagged));
            return new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, config.changelog())
                .addArgumentValue(UpdateCommandStep.CONTEXTS_ARG, config.contexts())
                .addArgumentValue(UpdateCommandStep.LABEL_FILTER_ARG, config.labels())
                .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, tracker)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                .addArgumentValue(
                    ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                .setOutput(OutputStream.nullOutputStream())
                .execute();
          });
      return Optional.empty();
    } catch (Exception e) {
      if (connection.isClosed()) {
        throw new SQLException("connection closed while Liquibase applied the changelog", e);
      }
      return Optional.of(failure(tracker.failed(), e));
    }
  }

  private Failure failure(ChangesetTracker.Place place, Exception e) {
    ServerErrorMessage server = LiquibaseErrors.server(e);
    String file = place == null ? display.apply(files.get(0)) : place.file();
    int line = place == null ? 1 : place.line();
    return server == null
        ? new Failure(file, line, null, LiquibaseErrors.message(e))
        : new Failure(file, line, server.getSQLState(), server.getMessage());
  }
}
