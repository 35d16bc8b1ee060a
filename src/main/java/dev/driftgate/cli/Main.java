package dev.driftgate.cli;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.ErrorCode;
import dev.driftgate.report.Visible;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code driftgate <command>}: the entry point and the one place where failures become exit codes.
 */
@Command(
    name = "driftgate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Schema-drift gate for PostgreSQL: setup_databases.sql, migrations and JPA entities must agree.")
public final class Main implements Runnable {
  /**
   * The commands, in the order help lists them. Only the one a command line names is built (picocli
   * reads each command's annotations by reflection: about 0.15 s for all of them at start).
   */
  private static final Map<String, Class<?>> COMMANDS = commands();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  private final Terminal terminal;
  private final Map<String, String> env;

  private Main(Terminal terminal, Map<String, String> env) {
    this.terminal = terminal;
    this.env = Map.copyOf(env);
  }

  /** The environment the settings are read from (the process's, or a test's). */
  Map<String, String> env() {
    return env;
  }

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8),
            Terminal.detect(),
            System.getenv()));
  }

  /**
   * Runs a command line with the given writers, as if they were not a terminal, and returns the
   * exit code (tests call this).
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Terminal.PLAIN, System.getenv());
  }

  /** Like {@link #run(String[], PrintWriter, PrintWriter)}, with the environment given. */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
    return run(args, out, err, Terminal.PLAIN, environment);
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
    return run(args, out, err, terminal, System.getenv());
  }

  static int run(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      Terminal terminal,
      Map<String, String> environment) {
    CommandLine cli = new CommandLine(new Main(terminal, environment));
    Class<?> named = args.length == 0 ? null : COMMANDS.get(args[0]);
    if (named != null) {
      cli.addSubcommand(args[0], named);
    } else {
      COMMANDS.forEach(cli::addSubcommand);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> failure(e, commandLine, debug(args)));
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          PrintWriter errors = e.getCommandLine().getErr();
          errors.println("driftgate: " + e.getMessage());
          errors.println(
              "Try '"
                  + e.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help' for usage.");
          return ErrorCode.BAD_INPUT.exitCode();
        });
    int code;
    try {
      code = cli.execute(args);
    } catch (StackOverflowError e) {
      // only input nests deep enough for this (an expression of thousands of parentheses, a
      // document of thousands of levels): one line, not a stack trace of thousands of frames
      err.println("driftgate: the input is nested too deeply to process (stack overflow)");
      code = ErrorCode.BAD_INPUT.exitCode();
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The terminal the commands write to. */
  Terminal terminal() {
    return terminal;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int failure(Exception e, CommandLine commandLine, boolean debug) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof DriftgateException d) {
      err.println("driftgate: " + Visible.line(d.getMessage()));
      if (debug) {
        d.printStackTrace(err);
      }
      return d.code().exitCode();
    }
    err.println(
        "driftgate: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
    if (debug) {
      e.printStackTrace(err);
    }
    return ErrorCode.INFRASTRUCTURE.exitCode();
  }

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    for (Class<?> command :
        List.of(
            VerifyCommand.class,
            DiffCommand.class,
            AuditCommand.class,
            MigrateCommand.class,
            InitDbCommand.class,
            LintCommand.class,
            PostgresCommand.class)) {
      commands.put(command.getAnnotation(Command.class).name(), command);
    }
    return Collections.unmodifiableMap(commands);
  }

  private static boolean debug(String[] args) {
    return java.util.Arrays.asList(args).contains("--debug");
  }
}
