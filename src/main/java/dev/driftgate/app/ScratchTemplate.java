package dev.driftgate.app;

import dev.driftgate.catalog.DdlLog;
import dev.driftgate.postgres.ClusterTemplate;

/**
 * The template every scratch database of a run is cloned from: empty but for the DDL log that
 * locates each object's statement. Servers that can keep it prepared (the embedded one, in its
 * cached cluster) are started with it.
 */
public final class ScratchTemplate {
  public static final ClusterTemplate PREPARED =
      new ClusterTemplate("driftgate_template", DdlLog.version(), DdlLog::install);

  private ScratchTemplate() {}
}
