package dev.driftgate.app.migrate;

import java.util.List;

/** The result of {@code migrate}: one row per database, in the order the run visited them. */
public record MigrateReport(List<DatabaseReport> databases, long millis) {
  public MigrateReport {
    databases = List.copyOf(databases);
  }

  /** Any database failed: exit code 1. */
  public boolean failed() {
    return databases.stream().anyMatch(DatabaseReport::failed);
  }

  public long count(DatabaseReport.Status status) {
    return databases.stream().filter(d -> d.status() == status).count();
  }
}
