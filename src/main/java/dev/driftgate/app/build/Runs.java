package dev.driftgate.app.build;

import dev.driftgate.catalog.DdlLog;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.postgres.PostgresServer;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.postgres.SharedServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The plumbing every use case that builds databases shares: template, waiting, failures. */
public final class Runs {
  private Runs() {}

  /**
   * The database every scratch database of the run is cloned from: empty but for the DDL log. A
   * shared server keeps one for all its runs.
   */
  public static String template(PostgresServer server, ScratchDatabases databases) {
    if (server.preparedTemplate().isPresent()) {
      return server.preparedTemplate().get();
    }
    if (server instanceof SharedServer shared) {
      return shared.reusable("ddl-log-template", lasting -> newTemplate(server, lasting));
    }
    return newTemplate(server, databases);
  }

  private static String newTemplate(PostgresServer server, ScratchDatabases databases) {
    String template = databases.create("template");
    try (Connection c = server.connect(template)) {
      DdlLog.install(c);
    } catch (SQLException e) {
      throw DriftgateException.infrastructure(
          "could not prepare the template database: " + firstLine(e), e);
    }
    return template;
  }

  /** The first line of a PostgreSQL error (its detail and hint lines follow on the next ones). */
  public static String firstLine(SQLException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** The result of background work, with its failure thrown as it was thrown there. */
  public static <T> T await(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** The result of a build, with its failure turned into the run's failure. */
  public static <T> T get(Future<T> build) {
    try {
      return build.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DriftgateException.infrastructure("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof DriftgateException d) {
        throw d;
      }
      if (e.getCause() instanceof SQLException s) {
        throw DriftgateException.infrastructure(
            "PostgreSQL failed during the build: " + firstLine(s), s);
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
