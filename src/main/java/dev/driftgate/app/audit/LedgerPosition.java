package dev.driftgate.app.audit;

import dev.driftgate.migrate.Ledger;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.migrate.MigrationStatus;
import dev.driftgate.migrate.MigrationStatus.State;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a database's ledger puts it on its tier's migrations: after the last migration it lists
 * (applied, or applied from a file that has changed since), with what comes later pending and any
 * earlier migration it does not list (a gap).
 */
record LedgerPosition(List<MigrationStatus> statuses, int applied) {

  static LedgerPosition of(List<MigrationScript> migrations, Map<String, Ledger.Entry> ledger) {
    List<MigrationStatus> statuses = MigrationStatus.of(migrations, ledger);
    int applied = 0;
    for (int i = 0; i < statuses.size(); i++) {
      if (statuses.get(i).state() != State.PENDING) {
        applied = i + 1;
      }
    }
    return new LedgerPosition(statuses, applied);
  }

  int head() {
    return statuses.size();
  }

  /** The last migration the ledger lists, or {@code none}. */
  String name() {
    return applied == 0 ? "none" : statuses.get(applied - 1).migration().name();
  }

  /** The migrations after the position, in order. */
  List<String> pending() {
    return names(statuses.subList(applied, statuses.size()));
  }

  /** Migrations before the position that the ledger does not list. */
  List<MigrationStatus> gaps() {
    return statuses.subList(0, applied).stream().filter(s -> s.state() == State.PENDING).toList();
  }

  /** Migrations applied from a file that has changed since. */
  List<MigrationStatus> changed() {
    return statuses.stream().filter(s -> s.state() == State.CHANGED).toList();
  }

  /** The migrations the ledger lists as applied, up to the position. */
  List<MigrationScript> appliedMigrations() {
    return statuses.subList(0, applied).stream()
        .filter(s -> s.state() != State.PENDING)
        .map(MigrationStatus::migration)
        .toList();
  }

  /** What identifies the position and the ledger's view of each migration, for grouping. */
  String signature() {
    return statuses.stream()
        .map(s -> s.migration().name() + "=" + s.state())
        .collect(Collectors.joining(","));
  }

  private static List<String> names(List<MigrationStatus> list) {
    return list.stream().map(s -> s.migration().name()).toList();
  }
}
