package dev.driftgate.layout.liquibase;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Runs Liquibase code in a scope of its own: changelogs found under the project's search roots,
 * nothing printed (Liquibase's banner, progress and summary go to its console otherwise, and would
 * mix with driftgate's report), nothing sent anywhere (its usage analytics are off).
 */
final class QuietLiquibase {
  /** Held, so that the setting outlives the garbage collector's interest in the logger. */
  private static final Logger JUL = Logger.getLogger("liquibase");

  static {
    // the root scope Liquibase creates on first use logs through java.util.logging
    JUL.setLevel(Level.OFF);
  }

  private QuietLiquibase() {}

  /** Runs {@code body} with the project's changelogs in reach and Liquibase silent. */
  static <T> T run(List<Path> searchRoots, Scope.ScopedRunnerWithReturn<T> body) throws Exception {
    return Scope.child(
        Map.of(
            Scope.Attr.resourceAccessor.name(),
            accessor(searchRoots),
            Scope.Attr.ui.name(),
            new LoggerUIService(),
            Scope.Attr.logService.name(),
            new NoOpLogService(),
            "liquibase.analytics.enabled",
            false,
            "liquibase.showBanner",
            false),
        body);
  }

  static ResourceAccessor accessor(List<Path> searchRoots) throws Exception {
    CompositeResourceAccessor all = new CompositeResourceAccessor();
    for (Path root : searchRoots) {
      all.addResourceAccessor(new DirectoryResourceAccessor(root));
    }
    return all;
  }
}
