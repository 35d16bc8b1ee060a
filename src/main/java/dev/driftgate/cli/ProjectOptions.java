package dev.driftgate.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every runner command shares. */
final class ProjectOptions {
  @Option(
      names = "--project",
      paramLabel = "DIR",
      defaultValue = ".",
      description =
          "Project directory holding setup_databases.sql and migrations/ (default: ${DEFAULT-VALUE}).")
  Path project;

  @Option(names = "--debug", description = "Show stack traces of failures.")
  boolean debug;
}
