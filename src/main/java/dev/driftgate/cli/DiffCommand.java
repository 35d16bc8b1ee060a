package dev.driftgate.cli;

import dev.driftgate.app.Diff;
import dev.driftgate.app.Progress;
import dev.driftgate.app.ScratchTemplate;
import dev.driftgate.postgres.Provisioner;
import dev.driftgate.report.Report;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code driftgate diff LEFT RIGHT}: compare any two sources of a schema (SPEC §6). */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Compare two of: a SQL script, a project's migrations/ directory, a live database"
            + " (jdbc:postgresql://..., opened read-only), an entity source or class directory"
            + " (checked with the entity rules). Example: diff setup_databases.sql"
            + " jdbc:postgresql://prod-db/milestone_admin?user=readonly",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no difference of severity error",
      "1:differences",
      "2:bad usage or bad input",
      "3:PostgreSQL could not be started or reached"
    })
final class DiffCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @ParentCommand Main main;

  @Parameters(
      index = "0",
      paramLabel = "LEFT",
      description = "Script, migrations directory, JDBC URL or entity directory.")
  String left;

  @Parameters(
      index = "1",
      paramLabel = "RIGHT",
      description = "Script, migrations directory, JDBC URL or entity directory.")
  String right;

  @Option(
      names = "--tier",
      paramLabel = "NAME",
      description =
          "Compare this tier of a side that has several (e.g. tenant against a tenant database).")
  String tier;

  @Option(names = "--debug", description = "Show stack traces of failures.")
  boolean debug;

  @Mixin PostgresOptions postgres;

  @Mixin ReportOptions reports;

  @Override
  public Integer call() {
    List<Destination> plan = reports.plan();
    Provisioner provisioner = postgres.provisioner();
    Report report =
        new Diff(
                () -> provisioner.start(Progress.NONE, ScratchTemplate.PREPARED),
                System.getenv("DB_PASSWORD"))
            .run(left, right, tier);
    return reports.emit(report, plan, spec, main.terminal());
  }
}
