package dev.driftgate.migrate;

import java.util.List;

/**
 * What a run did to one database: the migrations it applied (in order), the checksums it accepted
 * with {@code --repair}, and the failure that stopped it, if any. Earlier migrations stay applied
 * when a later one fails; the failed one left nothing behind.
 *
 * @param failure one line (what, where, how to fix), or null
 */
public record DatabaseOutcome(
    List<Applied> applied, List<String> repaired, String failure, long millis) {

  public DatabaseOutcome {
    applied = List.copyOf(applied);
    repaired = List.copyOf(repaired);
  }

  /** One applied migration; {@code outsideTransaction} statements ran outside its transaction. */
  public record Applied(String name, long millis, int outsideTransaction) {}

  public boolean failed() {
    return failure != null;
  }
}
