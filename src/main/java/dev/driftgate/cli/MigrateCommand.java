package dev.driftgate.cli;

import dev.driftgate.app.migrate.InitDb;
import dev.driftgate.app.migrate.InitReport;
import dev.driftgate.app.migrate.Migrate;
import dev.driftgate.app.migrate.MigrateOptions;
import dev.driftgate.app.migrate.MigrateReport;
import dev.driftgate.app.migrate.MigrateStatus;
import dev.driftgate.config.Settings;
import dev.driftgate.config.SettingsReader;
import dev.driftgate.error.DriftgateException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code driftgate migrate NAME | --all | --list | --status}: the migration runner (SPEC §5.3). */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = "Apply migrations to the databases of the settings (DB_*, MASTER_DB_*).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every database is up to date",
      "1:a migration failed on some database (see the summary)",
      "2:bad usage, bad input or bad settings",
      "3:PostgreSQL could not be reached"
    })
final class MigrateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @ParentCommand Main main;
  @Mixin ProjectOptions common;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "Apply this one migration.")
  String name;

  @Option(names = "--all", description = "Apply every pending migration, master tier first.")
  boolean all;

  @Option(names = "--list", description = "List the manifest's migrations (no database).")
  boolean list;

  @Option(names = "--status", description = "Show applied and pending migrations per database.")
  boolean status;

  @Option(names = "--tenant", paramLabel = "SLUG", description = "Only this tenant's database.")
  String tenant;

  @Option(names = "--dry-run", description = "Show the plan: which migrations on which databases.")
  boolean dryRun;

  @Option(names = "--repair", description = "Accept the new checksum of changed migration files.")
  boolean repair;

  @Option(
      names = "--parallel",
      paramLabel = "N",
      defaultValue = "4",
      description = "Tenant databases migrated at once (default: ${DEFAULT-VALUE}).")
  int parallel;

  @Option(names = "--fail-fast", description = "Start no further tenant after one fails.")
  boolean failFast;

  @Option(
      names = "--lock-timeout",
      paramLabel = "DURATION",
      defaultValue = "0",
      converter = DurationConverter.class,
      description = "Longest wait for the migration lock and table locks, e.g. 30s (0: no limit).")
  Duration lockTimeout;

  @Option(
      names = "--statement-timeout",
      paramLabel = "DURATION",
      defaultValue = "0",
      converter = DurationConverter.class,
      description = "PostgreSQL statement_timeout for migration statements (0: none).")
  Duration statementTimeout;

  @Override
  public Integer call() {
    int modes = (name != null ? 1 : 0) + (all ? 1 : 0) + (list ? 1 : 0) + (status ? 1 : 0);
    if (modes != 1) {
      throw DriftgateException.badInput(
          "migrate: give exactly one of NAME, --all, --list or --status");
    }
    if (parallel < 1 || parallel > 256) {
      throw DriftgateException.badInput("--parallel " + parallel + ": must be from 1 to 256");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      return MigrationTables.list(out, Migrate.list(common.project));
    }
    Settings settings = SettingsReader.read(main.env());
    if (status) {
      return MigrationTables.status(out, new MigrateStatus(settings).run(common.project, tenant));
    }
    if (settings.autoInitDb() && !dryRun && tenant == null) {
      InitReport init = new InitDb(settings).run(common.project, null, lockTimeout);
      InitDbCommand.print(out, init);
      if (init.failed()) {
        return 1;
      }
    }
    MigrateOptions options =
        new MigrateOptions(
            name, tenant, lockTimeout, statementTimeout, repair, dryRun, parallel, failFast);
    Migrate.Progress progress =
        ProgressLine.forTerminal(spec.commandLine().getErr(), main.terminal());
    MigrateReport report = new Migrate(settings).run(common.project, options, progress);
    SummaryTable.print(out, report, dryRun);
    return report.failed() ? 1 : 0;
  }
}
