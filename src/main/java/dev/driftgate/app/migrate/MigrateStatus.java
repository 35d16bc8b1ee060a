package dev.driftgate.app.migrate;

import dev.driftgate.config.Settings;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.migrate.MigrationScript;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code migrate --status}: every database of every tier, each migration applied, pending or
 * changed, read without taking the lock and without writing anything.
 */
public final class MigrateStatus {
  private final Settings settings;

  public MigrateStatus(Settings settings) {
    this.settings = settings;
  }

  public List<DatabaseStatus> run(Path dir, String tenant) {
    RunnerContext ctx = RunnerContext.open(dir, settings, tenant);
    Map<String, List<MigrationScript>> scripts = ctx.scripts(null);
    List<DatabaseStatus> result = new ArrayList<>();
    for (String tier : ctx.targets.tierOrder()) {
      if (scripts.get(tier).isEmpty()) {
        continue;
      }
      for (Target t : ctx.targets.of(tier, tenant)) {
        result.add(read(ctx, t, scripts.get(tier)));
      }
    }
    return result;
  }

  private static DatabaseStatus read(RunnerContext ctx, Target t, List<MigrationScript> scripts) {
    if (t.refusal() != null) {
      return new DatabaseStatus(t.tier(), t.label(), t.database(), List.of(), t.refusal());
    }
    try (Connection c = ctx.open(t)) {
      java.util.Optional<String> refusal = RunnerContext.refusal(t, c);
      if (refusal.isPresent()) {
        return new DatabaseStatus(t.tier(), t.label(), t.database(), List.of(), refusal.get());
      }
      return LedgerView.read(c, scripts).status(t);
    } catch (DriftgateException e) {
      RunnerContext.rethrowUnlessTenant(t, e);
      return new DatabaseStatus(t.tier(), t.label(), t.database(), List.of(), e.getMessage());
    } catch (SQLException e) {
      return new DatabaseStatus(
          t.tier(),
          t.label(),
          t.database(),
          List.of(),
          t.database() + ": " + ctx.connector.describe(e));
    }
  }
}
