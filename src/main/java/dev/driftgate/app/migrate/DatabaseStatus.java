package dev.driftgate.app.migrate;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code migrate --status} for one database: each migration of its tier, applied or pending, with
 * the file's and the ledger's checksums.
 *
 * @param error why the database could not be read, or null
 */
public record DatabaseStatus(
    String tier, String label, String database, List<Row> migrations, String error) {

  public DatabaseStatus {
    migrations = List.copyOf(migrations);
  }

  /**
   * One migration on one database.
   *
   * @param state {@code applied}, {@code pending} or {@code changed}
   * @param ledgerChecksum null while pending
   * @param appliedAt null while pending
   */
  public record Row(
      String name,
      String state,
      String fileChecksum,
      String ledgerChecksum,
      OffsetDateTime appliedAt) {}

  /** A checksum shortened for a terminal; the full one is in the ledger. */
  public static String shortChecksum(String checksum) {
    return checksum == null ? "-" : checksum.substring(0, Math.min(12, checksum.length()));
  }

  public boolean problem() {
    return error != null || migrations.stream().anyMatch(r -> r.state().equals("changed"));
  }
}
