package dev.driftgate.layout.manifest;

import dev.driftgate.config.ManifestReader;
import dev.driftgate.config.Project;
import dev.driftgate.layout.ProjectLayout;
import java.nio.file.Files;
import java.nio.file.Path;

/** A project with {@code migrations/manifest.yaml}, read by {@link ManifestReader}. */
public final class ManifestLayout implements ProjectLayout {
  @Override
  public boolean recognizes(Path root) {
    return Files.isRegularFile(root.resolve(Project.MANIFEST));
  }

  @Override
  public Project read(Path root) {
    return new Project(root, ManifestReader.read(root));
  }
}
