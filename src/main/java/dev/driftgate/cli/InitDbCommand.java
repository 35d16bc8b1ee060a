package dev.driftgate.cli;

import dev.driftgate.app.migrate.InitDb;
import dev.driftgate.app.migrate.InitReport;
import dev.driftgate.config.SettingsReader;
import dev.driftgate.report.Visible;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code driftgate init-db [--tenant SLUG]}: a fresh database from the canonical schema. */
@Command(
    name = "init-db",
    mixinStandardHelpOptions = true,
    description = {
      "Create the database if missing, apply its tier of setup_databases.sql and seed script, and"
          + " record every migration of the tier as applied.",
      "Single-tenant: DB_NAME. Multi-tenant: MASTER_DB_NAME, or with --tenant a new tenant"
          + " database, registered as active in the master's tenants table."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:initialised, or already initialised",
      "1:a statement of the schema or seed failed (nothing was left behind)",
      "2:bad usage, bad input or bad settings",
      "3:PostgreSQL could not be reached"
    })
final class InitDbCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @ParentCommand Main main;
  @Mixin ProjectOptions common;

  @Option(names = "--tenant", paramLabel = "SLUG", description = "Provision this tenant.")
  String tenant;

  @Option(
      names = "--lock-timeout",
      paramLabel = "DURATION",
      defaultValue = "0",
      converter = DurationConverter.class,
      description = "Longest wait for the migration lock, e.g. 30s (0: no limit).")
  Duration lockTimeout;

  @Override
  public Integer call() {
    InitReport r =
        new InitDb(SettingsReader.read(main.env())).run(common.project, tenant, lockTimeout);
    print(spec.commandLine().getOut(), r);
    return r.failed() ? 1 : 0;
  }

  /** What init-db did, and the generated administrator password: the one time it is shown. */
  static void print(PrintWriter out, InitReport r) {
    if (r.created()) {
      out.println("created database " + r.database());
    }
    switch (r.result()) {
      case INITIALISED ->
          out.println(
              r.database()
                  + ": initialised ("
                  + r.tier()
                  + " tier): schema, seed, migrations recorded as applied");
      case ALREADY_INITIALISED ->
          out.println(
              r.database()
                  + ": already initialised; use 'driftgate migrate --all' to bring it up to date");
      case FAILED -> out.println(r.database() + ": init-db failed: " + Visible.line(r.error()));
    }
    if (r.registered()) {
      out.println("tenant " + r.label() + " is registered as active");
    }
    if (r.adminEmail() != null) {
      out.println("administrator " + r.adminEmail() + " seeded");
    }
    if (r.generatedPassword().isSet()) {
      out.println(
          "generated administrator password (shown only now; store it, or set ADMIN_PASSWORD next"
              + " time): "
              + r.generatedPassword().reveal());
    }
    out.flush();
  }
}
