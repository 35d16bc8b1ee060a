package dev.driftgate.report;

import dev.driftgate.diff.Finding;
import java.util.List;

/**
 * The audit of one database: where its ledger says it stands and how its catalog compares with the
 * replay of its tier's migrations up to there.
 *
 * @param name how the report names it: a tenant's slug, else the database name
 * @param tier the manifest tier whose migrations it follows
 * @param database the database name on its server
 * @param position the last migration of the tier its ledger lists, {@code baseline} when none, or
 *     null without a ledger (or when it was not read)
 * @param applied how many of the tier's migrations its ledger lists
 * @param head how many migrations the tier has
 * @param detail one line: "behind by 2: add_skills_tables, add_company_events", the connection
 *     error, …
 * @param fingerprint the SHA-256 of its catalog as read, or null when it was not read
 * @param findings what the comparison (and the ledger check) found, severities as for {@code
 *     verify}
 */
public record DatabaseAudit(
    String name,
    String tier,
    String database,
    String position,
    int applied,
    int head,
    AuditStatus status,
    String detail,
    String fingerprint,
    List<Finding> findings,
    long millis) {
  public DatabaseAudit {
    findings = List.copyOf(findings);
  }
}
