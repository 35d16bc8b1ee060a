package dev.driftgate.layout;

import dev.driftgate.config.Project;
import java.nio.file.Path;

/** One way a project keeps its migrations, read into the one {@link Project} value. */
public interface ProjectLayout {
  /** Whether the directory is laid out this way (cheap: looks at file names, reads no script). */
  boolean recognizes(Path root);

  /**
   * Reads the project.
   *
   * @throws dev.driftgate.error.DriftgateException BAD_INPUT naming file and line for bad input
   */
  Project read(Path root);
}
