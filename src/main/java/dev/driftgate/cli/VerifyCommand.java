package dev.driftgate.cli;

import dev.driftgate.app.EntityOptions;
import dev.driftgate.app.Progress;
import dev.driftgate.app.ToolVersion;
import dev.driftgate.app.Verify;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.postgres.Provisioner;
import dev.driftgate.report.Format;
import dev.driftgate.report.RenderOptions;
import dev.driftgate.report.RenderOptions.Detail;
import dev.driftgate.report.Renderer;
import dev.driftgate.report.Report;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code driftgate verify}: the whole check of SPEC §7 on one project. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Build each tier from setup_databases.sql and from its migrations, and report every difference.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no drift",
      "1:drift (any finding of severity error)",
      "2:bad usage or bad input",
      "3:PostgreSQL could not be started or reached"
    })
final class VerifyCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @ParentCommand Main main;

  @Option(
      names = "--project",
      paramLabel = "DIR",
      defaultValue = ".",
      description =
          "Project directory holding setup_databases.sql and migrations/ (default: ${DEFAULT-VALUE}).")
  Path project;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      defaultValue = "text",
      description =
          "Report format, repeatable: text, json, junit, markdown, github or sarif"
              + " (default: ${DEFAULT-VALUE}).")
  List<String> formats;

  @Option(
      names = "--output",
      paramLabel = "FILE|DIR/|-",
      description =
          "Where the report of the --format in the same position goes ('-' is stdout), or one"
              + " directory (ending in /) for a file per format. Written reports are accompanied by"
              + " a short verdict on stdout.")
  List<String> outputs = new ArrayList<>();

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the verdict line (and errors).")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also print how long each phase took.")
  boolean verbose;

  @Option(names = "--no-color", description = "No colours, even on a terminal (as NO_COLOR=1).")
  boolean noColor;

  @Option(
      names = "--entities-classpath",
      paramLabel = "PATH",
      description =
          "Compiled entity classes instead of the project's entities/ sources: directories or jars,"
              + " separated by '${sys:path.separator}'.")
  String entitiesClasspath;

  @Option(
      names = "--entities-package",
      paramLabel = "PKG",
      description = "Check only the entities in this Java package (and below).")
  String entitiesPackage;

  @Option(
      names = "--naming",
      paramLabel = "STRATEGY",
      defaultValue = "default",
      description =
          "The application's physical naming strategy: default (Hibernate's) or snake_case"
              + " (Spring Boot's) (default: ${DEFAULT-VALUE}).")
  String naming;

  @Option(names = "--debug", description = "Show stack traces of failures.")
  boolean debug;

  @Mixin PostgresOptions postgres;

  @Option(
      names = "--baseline",
      paramLabel = "none|file:PATH|git:REF",
      defaultValue = "none",
      description =
          "Where each tier's replay starts: the manifest's baselines (none), a script or project"
              + " directory (file:PATH), or setup_databases.sql at a tag or commit (git:REF), replaying"
              + " only the migrations listed since: the upgrade path of a release.")
  String baseline;

  @Override
  public Integer call() {
    if (quiet && verbose) {
      throw DriftgateException.badInput("--quiet and --verbose exclude each other");
    }
    List<Destination> plan = Destination.plan(parseFormats(), outputs);
    Report report = run();
    PrintWriter out = spec.commandLine().getOut();
    List<Destination> files = plan.stream().filter(d -> !d.toStdout()).toList();
    files.forEach(d -> write(report, d.format(), d.file()));
    Destination toStdout = plan.stream().filter(Destination::toStdout).findFirst().orElse(null);
    if (toStdout != null) {
      render(report, toStdout.format(), textOptions(quiet ? Detail.VERDICT : Detail.FULL), out);
    }
    if (!files.isEmpty() && (toStdout == null || toStdout.format() != Format.TEXT)) {
      accompany(report, files, toStdout == null ? out : spec.commandLine().getErr());
    }
    out.flush();
    return report.status() == Report.Status.CLEAN ? 0 : 1;
  }

  /**
   * Reports written to files get the written paths, a line per finding and the verdict beside them,
   * on stdout unless a report occupies it.
   */
  private void accompany(Report report, List<Destination> files, PrintWriter to) {
    if (!quiet) {
      files.forEach(d -> to.println("driftgate: " + d.format().id() + " report: " + d.file()));
    }
    render(report, Format.TEXT, textOptions(quiet ? Detail.VERDICT : Detail.SUMMARY), to);
    to.flush();
  }

  private Report run() {
    EntityOptions entities = entityOptions();
    Provisioner provisioner = postgres.provisioner();
    Terminal terminal = main.terminal();
    if (quiet || !terminal.progress()) {
      return new Verify(() -> provisioner.start(Progress.NONE), Progress.NONE, entities)
          .run(project, baseline);
    }
    try (TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr())) {
      return new Verify(() -> provisioner.start(progress), progress, entities)
          .run(project, baseline);
    }
  }

  private EntityOptions entityOptions() {
    List<Path> classpath =
        entitiesClasspath == null
            ? List.of()
            : Arrays.stream(entitiesClasspath.split(Pattern.quote(File.pathSeparator)))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .toList();
    EntityOptions.Naming strategy =
        switch (naming) {
          case "default" -> EntityOptions.Naming.DEFAULT;
          case "snake_case" -> EntityOptions.Naming.SNAKE_CASE;
          default ->
              throw DriftgateException.badInput(
                  "--naming: expected default or snake_case, not '" + naming + "'");
        };
    return new EntityOptions(classpath, entitiesPackage, strategy, null);
  }

  private RenderOptions textOptions(Detail detail) {
    return new RenderOptions(main.terminal().colors(noColor), detail, verbose, ToolVersion.get());
  }

  private List<Format> parseFormats() {
    try {
      return formats.stream().map(Format::parse).toList();
    } catch (IllegalArgumentException e) {
      throw DriftgateException.badInput("--format: " + e.getMessage());
    }
  }

  /** Renders to stdout or stderr, whose writers report no failures. */
  private static void render(Report report, Format format, RenderOptions options, PrintWriter out) {
    try {
      Renderer.of(format, options).render(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Report report, Format format, Path file) {
    RenderOptions options = new RenderOptions(false, Detail.FULL, verbose, ToolVersion.get());
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        Renderer.of(format, options).render(report, w);
      }
    } catch (IOException e) {
      throw DriftgateException.badInput(
          "--output " + file + ": cannot write (" + e.getMessage() + ")");
    }
  }
}
