package dev.driftgate.app;

import dev.driftgate.diff.Finding;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.Provenance;

/**
 * A scratch database after a build: what it holds and where each object came from, or the failure
 * that stopped the build (the catalog then holds what was built up to it).
 *
 * @param failure a {@code setup.failed} or {@code migration.failed} finding, or null
 * @param applied how many migrations were applied (replays only)
 */
record BuiltDatabase(
    String name,
    Catalog catalog,
    Provenance provenance,
    Finding failure,
    int applied,
    long millis) {
  boolean failed() {
    return failure != null;
  }
}
