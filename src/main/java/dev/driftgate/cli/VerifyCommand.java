package dev.driftgate.cli;

import dev.driftgate.app.build.Progress;
import dev.driftgate.app.build.RunLimits;
import dev.driftgate.app.build.ScratchTemplate;
import dev.driftgate.app.verify.Verify;
import dev.driftgate.postgres.Provisioner;
import java.util.List;
import java.util.concurrent.Callable;
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

  @Mixin ProjectOptions common;

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

  @Option(
      names = "--trust-scripts",
      description =
          "Run the project's scripts as the server's superuser instead of a role without superuser"
              + " rights. Unsafe for pull requests from forks: a superuser's SQL can run programs"
              + " and read files on the machine.")
  boolean trustScripts;

  @Option(
      names = "--allow-extension",
      paramLabel = "NAME",
      split = ",",
      description =
          "An extension only a superuser may create that the scripts may create all the same"
              + " (repeatable). Trusted extensions (citext, pgcrypto, pg_trgm, ...) need no naming.")
  java.util.Set<String> allowedExtensions = new java.util.TreeSet<>();

  @Option(
      names = "--statement-timeout",
      paramLabel = "DURATION",
      defaultValue = "5m",
      converter = DurationConverter.class,
      description =
          "Longest a statement of the project's scripts may run before it is cancelled and"
              + " reported as migration.timeout (default 5m; 0: no limit).")
  java.time.Duration statementTimeout;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "30m",
      converter = DurationConverter.class,
      description = "Longest all the project's scripts of the run may take together (default 30m).")
  java.time.Duration runTimeout;

  @Option(
      names = "--disk-limit",
      paramLabel = "SIZE",
      defaultValue = "${env:DRIFTGATE_DISK_LIMIT:-8GB}",
      converter = SizeConverter.class,
      description =
          "Most disk space the run's scratch databases may take together (e.g. 500MB, 8GB; 0 or"
              + " none: no limit; default DRIFTGATE_DISK_LIMIT, else 8GB); past it the running"
              + " statement is cancelled and reported as migration.failed.")
  long diskLimit;

  @Option(
      names = "--no-cache",
      description =
          "Replay every script instead of going on from the replay states earlier runs kept (the"
              + " embedded server keeps them between runs; on CI only when its cache directory was"
              + " restored).")
  boolean noCache;

  @Mixin EntityOptionsMixin entities;

  @Mixin DataOptionsMixin data;

  @Mixin ReportOptions reports;

  @Option(
      names = "--fix-script",
      paramLabel = "FILE|-",
      description =
          "Also write the SQL that removes the setup ⇄ migrations differences, a section per tier"
              + " in an order PostgreSQL can run, to FILE ('-' is stdout, the report then goes to"
              + " stderr), and prove it on a copy of each tier's database: the report's notes say"
              + " whether it applies and converges. The exit code does not change.")
  String fixScript;

  @Override
  public Integer call() {
    List<Destination> plan = reports.plan();
    Provisioner provisioner = postgres.provisioner();
    boolean cache = !noCache && ReplayCacheDefault.on(System.getenv());
    Verify.WithFixScript result;
    if (!reports.progressAllowed(main.terminal())) {
      result = run(provisioner, Progress.NONE, cache);
    } else {
      try (TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr())) {
        result = run(provisioner, progress, cache);
      }
    }
    if (fixScript == null) {
      return reports.emit(result.report(), plan, spec, main.terminal());
    }
    boolean toStdout = fixScript.equals(Destination.STDOUT);
    FixScriptFile.write(fixScript, result.script(), spec.commandLine().getOut());
    return reports.emit(
        result.report(),
        plan,
        spec,
        main.terminal(),
        toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut());
  }

  private Verify.WithFixScript run(Provisioner provisioner, Progress progress, boolean cache) {
    Verify verify =
        new Verify(
                () -> provisioner.start(progress, ScratchTemplate.PREPARED, cache),
                progress,
                entities.options())
            .trustingScripts(trustScripts)
            .allowingExtensions(allowedExtensions)
            .limitedTo(limits())
            .replayingOverRows(data.options())
            .caching(cache)
            .answeringFrom(provisioner.keptDirectory(ScratchTemplate.PREPARED));
    if (fixScript == null) {
      return new Verify.WithFixScript(verify.run(common.project, baseline), null, List.of());
    }
    return verify.runWithFixScript(common.project, baseline, FixScriptFile.display(fixScript));
  }

  private RunLimits limits() {
    return new RunLimits(
        statementTimeout,
        runTimeout.isZero() ? java.time.Duration.ofDays(365) : runTimeout,
        diskLimit);
  }
}
