package dev.driftgate.cli;

import dev.driftgate.app.EntityOptions;
import dev.driftgate.app.Verify;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.postgres.EmbeddedServer;
import dev.driftgate.report.Format;
import dev.driftgate.report.Renderer;
import dev.driftgate.report.Report;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
      defaultValue = "text",
      description = "Report format: text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to FILE; the text report then goes to stdout.")
  Path output;

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

  @Override
  public Integer call() throws IOException {
    Format chosen = parseFormat();
    Report report = new Verify(EmbeddedServer::start, entityOptions()).run(project);
    PrintWriter out = spec.commandLine().getOut();
    if (output != null) {
      write(report, chosen, output);
      Renderer.of(Format.TEXT).render(report, out);
      out.println("report written to " + output);
    } else {
      Renderer.of(chosen).render(report, out);
    }
    out.flush();
    return report.status() == Report.Status.CLEAN ? 0 : 1;
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

  private Format parseFormat() {
    try {
      return Format.parse(format);
    } catch (IllegalArgumentException e) {
      throw DriftgateException.badInput("--format: " + e.getMessage());
    }
  }

  private static void write(Report report, Format format, Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Renderer.of(format).render(report, w);
    } catch (IOException e) {
      throw DriftgateException.badInput(
          "--output " + file + ": cannot write (" + e.getMessage() + ")");
    }
  }
}
