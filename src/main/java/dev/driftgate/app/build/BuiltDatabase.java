package dev.driftgate.app.build;

import dev.driftgate.diff.Finding;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.Provenance;
import java.util.List;

/**
 * A scratch database after a build: what it holds and where each object came from, or the failure
 * that stopped the build (the catalog then holds what was built up to it).
 *
 * @param failure a {@code setup.failed} or {@code migration.failed} finding, or null
 * @param applied how many migrations were applied (replays only)
 * @param probes what probing the migrations on this database found: idempotency on a replay,
 *     fresh-install upgrades on a setup build
 * @param probed how many migrations were probed
 */
public record BuiltDatabase(
    String name,
    Catalog catalog,
    Provenance provenance,
    Finding failure,
    int applied,
    List<MigrationProbes.Probed> probes,
    int probed,
    long millis) {
  public BuiltDatabase {
    probes = List.copyOf(probes);
  }

  public boolean failed() {
    return failure != null;
  }
}
