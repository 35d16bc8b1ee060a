package dev.driftgate.app.migrate;

import dev.driftgate.migrate.DatabaseOutcome;
import java.util.ArrayList;
import java.util.List;

/** Turns the runner's outcome on one database into the summary row the command line shows. */
final class OutcomeReports {
  private OutcomeReports() {}

  static DatabaseReport of(Target t, DatabaseOutcome out) {
    List<String> applied = out.applied().stream().map(DatabaseOutcome.Applied::name).toList();
    List<String> notes = new ArrayList<>();
    for (DatabaseOutcome.Applied a : out.applied()) {
      if (a.outsideTransaction() > 0) {
        notes.add(
            a.name()
                + ": "
                + a.outsideTransaction()
                + " statement(s) ran outside the transaction (PostgreSQL refuses them inside one)");
      }
    }
    out.repaired().forEach(name -> notes.add(name + ": checksum repaired (--repair)"));
    DatabaseReport.Status status =
        out.failed()
            ? DatabaseReport.Status.FAILED
            : applied.isEmpty() ? DatabaseReport.Status.UP_TO_DATE : DatabaseReport.Status.APPLIED;
    return new DatabaseReport(
        t.tier(), t.label(), t.database(), status, out.millis(), applied, notes, out.failure());
  }
}
