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
import dev.driftgate.report.DatabaseAudit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
    try (ReplayAtPosition replays = new ReplayAtPosition(servers, tiers, progress);
        Auditor auditor = new Auditor(tiers, reader, new Judge(tiers, replays), state)) {
      replays.warmUp(
          targets.stream()
              .filter(t -> t.refusal() == null)
              .map(AuditTarget::tier)
              .distinct()
              .toList());
      FleetProgress shown = new FleetProgress(progress, targets.size());
      long serversCount = targets.stream().map(AuditTarget::server).distinct().count();
      int parallel = (int) Math.min(64, Math.max(1, o.maxConnections() * serversCount));
      List<CompletableFuture<DatabaseAudit>> pending =
          new FanOut(parallel, false)
              .run(
                  targets, auditor::audit, r -> false, t -> null, (r, done, t) -> shown.done(done));
      List<DatabaseAudit> rows = new ArrayList<>();
      for (CompletableFuture<DatabaseAudit> row : pending) {
        rows.add(Runs.await(row));
      }
      shown.close();
      List<String> notes = new ArrayList<>();
      if (state.note() != null) {
        notes.add(state.note());
      }
      notes.add(
          auditor.compared()
              + " distinct catalog(s) compared, "
              + replays.count()
              + String.format(
                  Locale.ROOT, " replay state(s) built in %.1f s", replays.millis() / 1000.0));
      notes.add(
          reader.fullReads()
              + " catalog(s) read whole, the other databases matched one by fingerprint");
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

  /** What a state file was written for: every tier's migrations and their checksums. */
  private static String project(Map<String, TierInputs> tiers) {
    String all =
        tiers.values().stream()
            .flatMap(t -> t.migrations().stream())
            .map(m -> m.tier() + ":" + m.name() + ":" + m.checksum())
            .collect(Collectors.joining("\n"));
    return LiveState.sha256(all);
  }
}
