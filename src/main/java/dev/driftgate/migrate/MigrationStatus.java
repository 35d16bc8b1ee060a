package dev.driftgate.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where one migration stands on one database, from its file's checksum and the database's ledger.
 *
 * @param entry the ledger row, or null while the migration is pending
 */
public record MigrationStatus(MigrationScript migration, State state, Ledger.Entry entry) {

  /** Applied with the same file, not yet applied, or applied from a file that has changed since. */
  public enum State {
    APPLIED,
    PENDING,
    CHANGED
  }

  /** The status of each migration, in the order given. */
  public static List<MigrationStatus> of(
      List<MigrationScript> migrations, Map<String, Ledger.Entry> ledger) {
    List<MigrationStatus> statuses = new ArrayList<>();
    for (MigrationScript m : migrations) {
      Ledger.Entry entry = ledger.get(m.name());
      State state =
          entry == null
              ? State.PENDING
              : m.recordedAs(entry.checksum()) ? State.APPLIED : changed(m);
      statuses.add(new MigrationStatus(m, state, entry));
    }
    return statuses;
  }

  /**
   * A changed script is refused; a changed changelog is pending, as its tool keeps its own record
   * of what ran and applies what is new.
   */
  private static State changed(MigrationScript m) {
    return m.tool() == null ? State.CHANGED : State.PENDING;
  }

  /**
   * The one-line error for a changed file: both checksums, and the two ways out.
   *
   * @param database where the ledger says otherwise
   */
  public String changedMessage(String database) {
    return migration.file()
        + ": changed since it was applied to "
        + database
        + " (ledger checksum "
        + entry.checksum()
        + ", file checksum "
        + migration.checksum()
        + "); restore the file, or accept the new checksum with --repair";
  }
}
