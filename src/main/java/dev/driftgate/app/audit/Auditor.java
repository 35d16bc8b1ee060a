package dev.driftgate.app.audit;

import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.report.AuditStatus;
import dev.driftgate.report.DatabaseAudit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Audits one database at a time: reads it on the calling thread (many at once, within the
 * connection budget) and hands the catalog to one judging thread, so that reading goes on while a
 * replay state is being built. The judging thread compares each distinct catalog and ledger view
 * once and records every row in the state file as it is decided.
 */
final class Auditor implements AutoCloseable {
  private final Map<String, TierInputs> tiers;
  private final LiveReader reader;
  private final Judge judge;
  private final AuditState state;
  private final Map<String, Judgement> groups = new HashMap<>();
  private final ExecutorService judging =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "driftgate-audit-judge");
            t.setDaemon(true);
            return t;
          });

  Auditor(Map<String, TierInputs> tiers, LiveReader reader, Judge judge, AuditState state) {
    this.tiers = tiers;
    this.reader = reader;
    this.judge = judge;
    this.state = state;
  }

  /** The row of {@code t}: stored by an earlier run, or read now and judged soon. */
  CompletableFuture<DatabaseAudit> audit(AuditTarget t) {
    var stored = state.done(t.key());
    if (stored.isPresent()) {
      return CompletableFuture.completedFuture(stored.get());
    }
    long start = System.nanoTime();
    try {
      LiveState live = reader.read(t);
      return CompletableFuture.supplyAsync(() -> judged(t, live, start), judging);
    } catch (LiveReader.Unreachable e) {
      int head = tiers.get(t.tier()).migrations().size();
      return CompletableFuture.completedFuture(
          new DatabaseAudit(
              t.name(),
              t.tier(),
              t.database(),
              null,
              0,
              head,
              AuditStatus.UNREACHABLE,
              e.getMessage(),
              null,
              List.of(AuditFindings.unreachable(t.tier(), t.database(), e.getMessage())),
              millis(start)));
    }
  }

  /** How many distinct catalogs (at their ledger views) were compared. */
  int compared() {
    return groups.size();
  }

  private DatabaseAudit judged(AuditTarget t, LiveState live, long start) {
    String ledger =
        live.ledger() == null
            ? "no ledger"
            : LedgerPosition.of(tiers.get(t.tier()).migrations(), live.ledger()).signature();
    String key = t.tier() + "|" + live.fingerprint() + "|" + ledger;
    Judgement j = groups.computeIfAbsent(key, k -> judge.judge(t.tier(), live));
    DatabaseAudit row =
        new DatabaseAudit(
            t.name(),
            t.tier(),
            t.database(),
            j.position(),
            j.applied(),
            j.head(),
            j.status(),
            j.detail(),
            live.fingerprint(),
            j.findings(),
            millis(start));
    state.record(t.key(), row);
    return row;
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Override
  public void close() {
    judging.shutdownNow();
  }
}
