package dev.driftgate.app.migrate;

import dev.driftgate.migrate.Ledger;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.migrate.MigrationStatus;
import dev.driftgate.migrate.MigrationStatus.State;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A read-only look at one database's ledger against the tier's migrations, without the lock: what
 * {@code --status} shows and what {@code --dry-run} plans.
 */
record LedgerView(List<MigrationStatus> statuses) {

  static LedgerView read(Connection c, List<MigrationScript> scripts) throws SQLException {
    return new LedgerView(MigrationStatus.of(scripts, Ledger.read(c)));
  }

  /** The dry-run row: the pending migrations, or the changed file that would stop the run. */
  DatabaseReport plan(Target t, boolean repair, long millis) {
    List<MigrationStatus> changed = of(State.CHANGED);
    if (!changed.isEmpty() && !repair) {
      return DatabaseReport.failed(t, millis, changed.get(0).changedMessage(t.database()));
    }
    List<String> pending = of(State.PENDING).stream().map(s -> s.migration().name()).toList();
    List<String> notes =
        changed.stream().map(s -> "would repair the checksum of " + s.migration().name()).toList();
    return new DatabaseReport(
        t.tier(),
        t.label(),
        t.database(),
        DatabaseReport.Status.PLANNED,
        millis,
        pending,
        notes,
        null);
  }

  /** The {@code --status} rows. */
  DatabaseStatus status(Target t) {
    List<DatabaseStatus.Row> rows =
        statuses.stream()
            .map(
                s ->
                    new DatabaseStatus.Row(
                        s.migration().name(),
                        s.state().name().toLowerCase(java.util.Locale.ROOT),
                        s.migration().checksum(),
                        s.entry() == null ? null : s.entry().checksum(),
                        s.entry() == null ? null : s.entry().appliedAt()))
            .toList();
    return new DatabaseStatus(t.tier(), t.label(), t.database(), rows, null);
  }

  private List<MigrationStatus> of(State state) {
    return statuses.stream().filter(s -> s.state() == state).toList();
  }
}
