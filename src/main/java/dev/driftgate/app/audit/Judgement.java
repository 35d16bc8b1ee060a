package dev.driftgate.app.audit;

import dev.driftgate.diff.Finding;
import dev.driftgate.report.AuditStatus;
import java.util.List;

/**
 * What the comparison of one catalog at one ledger position concluded; databases with the same
 * fingerprint and ledger view share it.
 *
 * @param position the last migration the ledger lists, {@code none}, or null without a ledger
 */
record Judgement(
    String position,
    int applied,
    int head,
    AuditStatus status,
    String detail,
    List<Finding> findings) {
  Judgement {
    findings = List.copyOf(findings);
  }
}
