package dev.driftgate.report;

import java.util.Locale;

/** Where one audited database stands (issue 17): the {@code status} of its row in the report. */
public enum AuditStatus {
  /**
   * Its catalog equals the replay of every migration of its tier, and its ledger lists them all.
   */
  CLEAN,
  /** Its catalog equals the replay at its ledger position; later migrations are pending. */
  BEHIND,
  /** Its catalog differs from the replay at its ledger position (findings say how). */
  DRIFT,
  /** Its ledger lists a migration as applied, and nothing that migration made is in its catalog. */
  LEDGER_MISMATCH,
  /** It has no ledger: driftgate cannot tell which migrations ran there. */
  NO_LEDGER,
  /** It could not be connected to or read. */
  UNREACHABLE;

  /** The stable id reports use: {@code clean}, {@code ledger_mismatch}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a database in this status passes the audit ({@code behind} only if allowed). */
  public boolean passes(boolean failOnBehind) {
    return this == CLEAN || (this == BEHIND && !failOnBehind);
  }
}
