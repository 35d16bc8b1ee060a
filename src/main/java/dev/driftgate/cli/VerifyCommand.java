package dev.driftgate.cli;

import dev.driftgate.app.build.Progress;
import dev.driftgate.app.build.RunLimits;
import dev.driftgate.app.build.ScratchTemplate;
import dev.driftgate.app.verify.EntityOptions;
import dev.driftgate.app.verify.Verify;
import dev.driftgate.postgres.Provisioner;
import dev.driftgate.report.Report;
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
      names = "--no-cache",
      description =
          "Replay every script instead of going on from the replay states earlier runs kept (the"
              + " embedded server keeps them between runs; on CI only when its cache directory was"
              + " restored).")
  boolean noCache;

  @Mixin EntityOptionsMixin entities;

  @Mixin ReportOptions reports;

  @Override
  public Integer call() {
    List<Destination> plan = reports.plan();
    EntityOptions entityOptions = entities.options();
    Provisioner provisioner = postgres.provisioner();
    boolean cache = !noCache && ReplayCacheDefault.on(System.getenv());
    Report report;
    if (!reports.progressAllowed(main.terminal())) {
      report = verify(provisioner, Progress.NONE, Progress.NONE, entityOptions, cache);
    } else {
      try (TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr())) {
        report = verify(provisioner, progress, progress, entityOptions, cache);
      }
    }
    return reports.emit(report, plan, spec, main.terminal());
  }

  private Report verify(
      Provisioner provisioner,
      dev.driftgate.postgres.StartupSteps steps,
      Progress progress,
      EntityOptions entityOptions,
      boolean cache) {
    return new Verify(
            () -> provisioner.start(steps, ScratchTemplate.PREPARED, cache),
            progress,
            entityOptions)
        .trustingScripts(trustScripts)
        .allowingExtensions(allowedExtensions)
        .limitedTo(limits())
        .caching(cache)
        .run(common.project, baseline);
  }

  private RunLimits limits() {
    return new RunLimits(
        statementTimeout, runTimeout.isZero() ? java.time.Duration.ofDays(365) : runTimeout);
  }
}
