package dev.driftgate.cli;

import dev.driftgate.app.build.ToolVersion;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.report.Format;
import dev.driftgate.report.RenderOptions;
import dev.driftgate.report.RenderOptions.Detail;
import dev.driftgate.report.Renderer;
import dev.driftgate.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How a command's report is shown: the formats, where each goes, how much detail. Shared by every
 * command that produces a {@link Report}.
 */
final class ReportOptions {
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
      description =
          "Show every finding in full (both values, whole fixes, related findings in full) and"
              + " how long each phase took; by default the text report summarises root causes and"
              + " shows long bodies as a diff.")
  boolean verbose;

  @Option(names = "--no-color", description = "No colours, even on a terminal (as NO_COLOR=1).")
  boolean noColor;

  /** Checks the options before any work starts, so that usage mistakes cost nothing. */
  List<Destination> plan() {
    if (quiet && verbose) {
      throw DriftgateException.badInput("--quiet and --verbose exclude each other");
    }
    return Destination.plan(parseFormats(), outputs);
  }

  /** Whether progress may be shown on the terminal. */
  boolean progressAllowed(Terminal terminal) {
    return !quiet && terminal.progress();
  }

  /** Renders a command's result in a format; what {@link #emit} writes. */
  @FunctionalInterface
  interface Output {
    void render(Format format, RenderOptions options, Writer out) throws IOException;
  }

  /** Writes the report where the plan says; returns the exit code of its verdict. */
  int emit(Report report, List<Destination> plan, CommandSpec spec, Terminal terminal) {
    return emit(report, plan, spec, terminal, spec.commandLine().getOut());
  }

  /** As {@link #emit(Report, List, CommandSpec, Terminal)}, with {@code out} as stdout's report. */
  int emit(
      Report report, List<Destination> plan, CommandSpec spec, Terminal terminal, PrintWriter out) {
    emit((f, o, w) -> Renderer.of(f, o).render(report, w), plan, spec, terminal, out);
    return report.status() == Report.Status.CLEAN ? 0 : 1;
  }

  /** Writes a result where the plan says. */
  void emit(Output output, List<Destination> plan, CommandSpec spec, Terminal terminal) {
    emit(output, plan, spec, terminal, spec.commandLine().getOut());
  }

  private void emit(
      Output output, List<Destination> plan, CommandSpec spec, Terminal terminal, PrintWriter out) {
    List<Destination> files = plan.stream().filter(d -> !d.toStdout()).toList();
    files.forEach(d -> write(output, d.format(), d.file()));
    Destination toStdout = plan.stream().filter(Destination::toStdout).findFirst().orElse(null);
    if (toStdout != null) {
      render(
          output, toStdout.format(), textOptions(terminal, quiet ? Detail.VERDICT : detail()), out);
    }
    if (!files.isEmpty() && (toStdout == null || toStdout.format() != Format.TEXT)) {
      accompany(output, files, toStdout == null ? out : spec.commandLine().getErr(), terminal);
    }
    out.flush();
  }

  /**
   * Reports written to files get the written paths, a line per finding and the verdict beside them,
   * on stdout unless a report occupies it.
   */
  private void accompany(
      Output output, List<Destination> files, PrintWriter to, Terminal terminal) {
    if (!quiet) {
      files.forEach(d -> to.println("driftgate: " + d.format().id() + " report: " + d.file()));
    }
    render(output, Format.TEXT, textOptions(terminal, quiet ? Detail.VERDICT : Detail.SUMMARY), to);
    to.flush();
  }

  /** How much a text report shows: everything with --verbose, else the compact report. */
  private Detail detail() {
    return verbose ? Detail.FULL : Detail.COMPACT;
  }

  private RenderOptions textOptions(Terminal terminal, Detail detail) {
    return new RenderOptions(terminal.colors(noColor), detail, verbose, ToolVersion.get());
  }

  private List<Format> parseFormats() {
    try {
      return formats.stream().map(Format::parse).toList();
    } catch (IllegalArgumentException e) {
      throw DriftgateException.badInput("--format: " + e.getMessage());
    }
  }

  /** Renders to stdout or stderr, whose writers report no failures. */
  private static void render(Output output, Format format, RenderOptions options, PrintWriter out) {
    try {
      output.render(format, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Output output, Format format, Path file) {
    RenderOptions options = new RenderOptions(false, detail(), verbose, ToolVersion.get());
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        output.render(format, options, w);
      }
    } catch (IOException e) {
      throw DriftgateException.badInput(
          "--output " + file + ": cannot write (" + e.getMessage() + ")");
    }
  }
}
