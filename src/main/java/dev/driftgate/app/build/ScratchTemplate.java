package dev.driftgate.app.build;

import dev.driftgate.catalog.DdlLog;
import dev.driftgate.postgres.ClusterTemplate;

/**
 * The template every scratch database of a run is cloned from: empty but for the DDL log that
 * locates each object's statement. Servers that can keep it prepared (the embedded one, in its
 * cached cluster) are started with it.
 */
public final class ScratchTemplate {
  /** Two tiers of two databases each: what most projects need, ready in the cached cluster. */
  private static final int READY_COPIES = 4;

  public static final ClusterTemplate PREPARED =
      new ClusterTemplate("driftgate_template", DdlLog.version(), READY_COPIES, DdlLog::install);

  private ScratchTemplate() {}
}
