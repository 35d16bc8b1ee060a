package dev.driftgate.cli;

import dev.driftgate.app.audit.Audit;
import dev.driftgate.app.audit.AuditOptions;
import dev.driftgate.app.build.Progress;
import dev.driftgate.app.build.ScratchTemplate;
import dev.driftgate.config.Settings;
import dev.driftgate.config.SettingsReader;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.postgres.PostgresMode;
import dev.driftgate.postgres.PostgresVersion;
import dev.driftgate.postgres.Provisioner;
import dev.driftgate.report.AuditJsonRenderer;
import dev.driftgate.report.AuditReport;
import dev.driftgate.report.AuditTextRenderer;
import dev.driftgate.report.Renderer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code driftgate audit}: a read-only audit of a fleet of live databases (issue 17). */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description =
        "Read every database of a fleet read-only (the master of the settings and every active"
            + " tenant it lists, the --jdbc-url databases, or those matching --database-pattern)"
            + " and compare each with the replay of its migrations up to its own ledger position.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every database is clean or only behind",
      "1:a database drifts, has no ledger, a ledger that disagrees, or cannot be read"
          + " (or is behind, with --fail-on-behind)",
      "2:bad usage, bad input or bad settings",
      "3:the master database (or the server of --database-pattern) cannot be read"
    })
final class AuditCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @ParentCommand Main main;
  @Mixin ProjectOptions common;
  @Mixin ReportOptions reports;

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      description =
          "A database to audit, repeatable (jdbc:postgresql://host:port/db?user=name; the password"
              + " may come from DB_PASSWORD); with --database-pattern, the server to list.")
  List<String> jdbcUrls = new ArrayList<>();

  @Option(
      names = "--database-pattern",
      paramLabel = "GLOB",
      description = "Audit the databases of the server whose names match, e.g. 'milestone_*'.")
  String databasePattern;

  @Option(
      names = "--max-connections",
      paramLabel = "N",
      defaultValue = "4",
      description = "Connections open at once per server (default: ${DEFAULT-VALUE}).")
  int maxConnections;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description = "Keep results in FILE; a re-run skips the databases it already holds.")
  Path state;

  @Option(names = "--fail-on-behind", description = "Exit 1 when a database is behind.")
  boolean failOnBehind;

  @Option(
      names = "--statement-timeout",
      paramLabel = "DURATION",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description = "statement_timeout of every read (default: ${DEFAULT-VALUE}).")
  Duration statementTimeout;

  @Option(
      names = "--lock-timeout",
      paramLabel = "DURATION",
      defaultValue = "5s",
      converter = DurationConverter.class,
      description = "lock_timeout of every read (default: ${DEFAULT-VALUE}).")
  Duration lockTimeout;

  @Option(
      names = "--postgres",
      paramLabel = "MODE",
      description = "Where the replays are built: embedded or container (default: as verify).")
  String mode;

  @Option(
      names = "--pg-version",
      paramLabel = "MAJOR",
      description = "PostgreSQL of the replays: 15, 16, 17 or 18 (default: 15).")
  String version;

  @Override
  public Integer call() {
    List<Destination> plan = reports.plan();
    AuditOptions options = options();
    Provisioner provisioner = provisioner();
    Settings settings = SettingsReader.read(main.env());
    AuditReport report;
    if (!reports.progressAllowed(main.terminal())) {
      report = run(settings, provisioner, options, Progress.NONE);
    } else {
      try (TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr())) {
        report = run(settings, provisioner, options, progress);
      }
    }
    reports.emit(
        (format, o, out) -> {
          switch (format) {
            case TEXT -> new AuditTextRenderer(o).render(report, failOnBehind, out);
            case JSON -> AuditJsonRenderer.render(report, failOnBehind, out);
            default -> Renderer.of(format, o).render(report.asReport(), out);
          }
        },
        plan,
        spec,
        main.terminal());
    return report.passes(failOnBehind) ? 0 : 1;
  }

  private AuditReport run(
      Settings settings, Provisioner provisioner, AuditOptions options, Progress progress) {
    return new Audit(settings, () -> provisioner.start(progress, ScratchTemplate.PREPARED))
        .run(common.project, options, progress);
  }

  private AuditOptions options() {
    if (maxConnections < 1 || maxConnections > 64) {
      throw DriftgateException.badInput(
          "--max-connections " + maxConnections + ": must be from 1 to 64");
    }
    if (statementTimeout.isZero() || lockTimeout.isZero()) {
      throw DriftgateException.badInput(
          "--statement-timeout and --lock-timeout bound every read of a live database: give a"
              + " duration above 0");
    }
    return new AuditOptions(
        jdbcUrls, databasePattern, maxConnections, state, statementTimeout, lockTimeout);
  }

  private Provisioner provisioner() {
    PostgresMode m = mode == null ? null : PostgresMode.parse(mode);
    if (m == PostgresMode.EXTERNAL) {
      throw DriftgateException.badInput(
          "--postgres external: audit builds its replays on an embedded or container server");
    }
    return new Provisioner(m, version == null ? null : PostgresVersion.parse(version), null, null)
        .validated();
  }
}
