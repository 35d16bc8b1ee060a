package dev.driftgate.app.audit;

import dev.driftgate.app.build.Progress;
import dev.driftgate.app.build.ReplayStart;
import dev.driftgate.app.build.Runs;
import dev.driftgate.app.build.ServerProvider;
import dev.driftgate.app.build.VerifyInputs;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.config.Settings;
import dev.driftgate.migrate.FanOut;
import dev.driftgate.postgres.Connector;
import dev.driftgate.report.AuditReport;
import dev.driftgate.report.AuditStatus;
import dev.driftgate.report.DatabaseAudit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * {@code audit} (issue 17): reads every database of a fleet read-only and compares each with the
 * replay of its tier at its own ledger position. Catalogs with the same fingerprint at the same
 * ledger view are compared once. A database that cannot be read is a row of the report, not a
 * failure of the run; only a master (or server) whose list of databases cannot be read stops it.
 */
public final class Audit {
  private final Settings settings;
  private final ServerProvider servers;

  public Audit(Settings settings, ServerProvider servers) {
    this.settings = settings;
    this.servers = servers;
  }

  public AuditReport run(Path dir, AuditOptions o, Progress progress) {
    long start = System.nanoTime();
    VerifyInputs inputs = VerifyInputs.read(dir, new ReplayStart.Baselines());
    Map<String, TierInputs> tiers = new LinkedHashMap<>();
    inputs.tiers().forEach(t -> tiers.put(t.name(), t));
    Connector connector = new Connector(settings.tls(), settings.pool().timeout());
    List<AuditTarget> targets =
        new Fleet(inputs.project().manifest(), settings, connector).targets(o);
    AuditState state =
        o.stateFile() == null ? AuditState.none() : AuditState.open(o.stateFile(), project(tiers));
    LiveReader reader =
        new LiveReader(connector, o.sessionOptions(), new ServerSlots(o.maxConnections()));
    try (ReplayAtPosition replays = new ReplayAtPosition(servers, tiers, progress)) {
      Judge judge = new Judge(tiers, replays);
      Map<String, CompletableFuture<Judgement>> groups = new ConcurrentHashMap<>();
      FleetProgress shown = new FleetProgress(progress, targets.size());
      long serversCount = targets.stream().map(AuditTarget::server).distinct().count();
      int parallel = (int) Math.min(64, Math.max(1, o.maxConnections() * serversCount));
      List<DatabaseAudit> rows =
          new FanOut(parallel, false)
              .run(
                  targets,
                  t ->
                      state
                          .done(t.key())
                          .orElseGet(() -> audit(t, tiers, reader, judge, groups, state)),
                  r -> false,
                  t -> null,
                  (r, done, total) -> shown.done(done));
      shown.close();
      List<String> notes = new ArrayList<>();
      if (state.note() != null) {
        notes.add(state.note());
      }
      notes.add(
          groups.size()
              + " distinct catalog(s) compared, "
              + replays.count()
              + " replay state(s) built");
      return new AuditReport(
          String.valueOf(dir),
          replays.serverMode(),
          replays.serverVersion(),
          rows,
          replays.count(),
          notes,
          (System.nanoTime() - start) / 1_000_000);
    }
  }

  private static DatabaseAudit audit(
      AuditTarget t,
      Map<String, TierInputs> tiers,
      LiveReader reader,
      Judge judge,
      Map<String, CompletableFuture<Judgement>> groups,
      AuditState state) {
    long start = System.nanoTime();
    int head = tiers.get(t.tier()).migrations().size();
    LiveState live;
    try {
      live = reader.read(t);
    } catch (LiveReader.Unreachable e) {
      return new DatabaseAudit(
          t.name(),
          t.tier(),
          t.database(),
          null,
          0,
          head,
          AuditStatus.UNREACHABLE,
          e.getMessage(),
          null,
          List.of(Judge.unreachable(t.tier(), t.database(), e.getMessage())),
          millis(start));
    }
    Judgement j = grouped(t.tier(), live, tiers, judge, groups);
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

  /** The judgement of the first database with this catalog and ledger view, shared by the rest. */
  private static Judgement grouped(
      String tier,
      LiveState live,
      Map<String, TierInputs> tiers,
      Judge judge,
      Map<String, CompletableFuture<Judgement>> groups) {
    String ledger =
        live.ledger() == null
            ? "no ledger"
            : LedgerPosition.of(tiers.get(tier).migrations(), live.ledger()).signature();
    String key = tier + "|" + live.fingerprint() + "|" + ledger;
    CompletableFuture<Judgement> mine = new CompletableFuture<>();
    CompletableFuture<Judgement> first = groups.putIfAbsent(key, mine);
    if (first != null) {
      return Runs.await(first);
    }
    try {
      mine.complete(judge.judge(tier, live));
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
    }
    return Runs.await(mine);
  }

  /** What a state file was written for: every tier's migrations and their checksums. */
  private static String project(Map<String, TierInputs> tiers) {
    String all =
        tiers.values().stream()
            .flatMap(t -> t.migrations().stream())
            .map(m -> m.tier() + ":" + m.name() + ":" + m.checksum())
            .collect(Collectors.joining("\n"));
    return LiveState.sha256(all);
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
