package dev.driftgate.cli;

import dev.driftgate.app.migrate.DatabaseStatus;
import dev.driftgate.config.Migration;
import dev.driftgate.report.Visible;
import java.io.PrintWriter;
import java.util.List;

/** {@code migrate --list} and {@code migrate --status} as text; each returns the exit code. */
final class MigrationTables {
  private MigrationTables() {}

  static int list(PrintWriter out, List<Migration> migrations) {
    int width = migrations.stream().mapToInt(m -> m.name().length()).max().orElse(4);
    int i = 1;
    for (Migration m : migrations) {
      out.printf("%3d  %-" + width + "s  %-8s %s%n", i++, m.name(), m.target(), m.description());
    }
    out.println(migrations.size() + " migrations in manifest order");
    return 0;
  }

  static int status(PrintWriter out, List<DatabaseStatus> statuses) {
    for (DatabaseStatus db : statuses) {
      out.println(
          db.tier()
              + "  "
              + db.label()
              + (db.label().equals(db.database()) ? "" : " (" + db.database() + ")"));
      if (db.error() != null) {
        out.println("  error: " + Visible.line(db.error()));
      }
      for (DatabaseStatus.Row r : db.migrations()) {
        out.printf(
            "  %-8s %-28s file %s  ledger %s%s%n",
            r.state(),
            r.name(),
            DatabaseStatus.shortChecksum(r.fileChecksum()),
            DatabaseStatus.shortChecksum(r.ledgerChecksum()),
            r.appliedAt() == null ? "" : "  applied " + r.appliedAt().withNano(0));
      }
    }
    return statuses.stream().anyMatch(DatabaseStatus::problem) ? 1 : 0;
  }
}
