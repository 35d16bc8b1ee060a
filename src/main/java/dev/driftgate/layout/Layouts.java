package dev.driftgate.layout;

import dev.driftgate.config.Project;
import dev.driftgate.layout.flyway.FlywayLayout;
import dev.driftgate.layout.liquibase.LiquibaseLayout;
import dev.driftgate.layout.manifest.ManifestLayout;
import java.nio.file.Path;
import java.util.List;

/**
 * Picks a project's layout: {@code migrations/manifest.yaml} wins wherever it exists (SPEC §4);
 * otherwise the first other layout that recognizes the directory; otherwise the manifest layout,
 * whose error says what is missing.
 */
public final class Layouts {
  private static final ProjectLayout MANIFEST = new ManifestLayout();
  private static final List<ProjectLayout> OTHERS =
      List.of(new FlywayLayout(), new LiquibaseLayout());

  private Layouts() {}

  /** The layout of a project directory (absolute and normalized). */
  public static ProjectLayout of(Path root) {
    if (MANIFEST.recognizes(root)) {
      return MANIFEST;
    }
    return OTHERS.stream().filter(l -> l.recognizes(root)).findFirst().orElse(MANIFEST);
  }

  /** Whether the directory is read as driftgate's own manifest layout. */
  public static boolean isManifest(Path root) {
    return of(root) == MANIFEST;
  }

  public static Project read(Path root) {
    return of(root).read(root);
  }
}
