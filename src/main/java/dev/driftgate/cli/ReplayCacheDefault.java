package dev.driftgate.cli;

import dev.driftgate.postgres.Provisioner;
import java.nio.file.Files;
import java.util.Map;

/**
 * Whether verify uses the replay-state cache when not told: always on a developer's machine; on CI
 * ({@code CI=true}) only when the job restored the cache directory from an earlier job, since a
 * cache that is thrown away with the job only costs the time spent keeping it.
 */
final class ReplayCacheDefault {
  private ReplayCacheDefault() {}

  static boolean on(Map<String, String> env) {
    boolean ci = "true".equalsIgnoreCase(env.getOrDefault("CI", "").strip());
    return !ci || Files.isDirectory(Provisioner.keptClusters());
  }
}
