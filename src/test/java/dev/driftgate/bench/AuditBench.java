package dev.driftgate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftgate.bench.synthetic.SyntheticProject;
import dev.driftgate.postgres.EmbeddedServer;
import dev.driftgate.postgres.PostgresVersion;
import dev.driftgate.postgres.StartupSteps;
import dev.driftgate.testing.Cli;
import dev.driftgate.testing.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench/run audit [--tenants 500] [--tables 20] [--migrations 5]} (issue 17): a fleet of
 * tenant databases of one synthetic tier on one embedded PostgreSQL 15 (the version of the
 * machine's {@code pg_dump}), all at head but three behind by one migration and two with an index
 * added by hand, each connected to once (as its application would have been). Both ways log in as a
 * role that can only read, whose password PostgreSQL hashed itself. Times {@code ./driftgate audit
 * --database-pattern} in a fresh JVM (cold: its own replays, no state file) against the loop a
 * script would run instead, measured in the same run: {@code pg_dump --schema-only} of each
 * database and {@code diff} against the dump of a database at head (given for free: the loop does
 * not build it). Prints both times and the ratio.
 */
final class AuditBench {
  private static final int BEHIND = 3;
  private static final int INDEXED = 2;

  private AuditBench() {}

  static void main(List<String> args) throws IOException, SQLException {
    int tenants = option(args, "--tenants", 500);
    int tables = option(args, "--tables", 20);
    int migrations = option(args, "--migrations", 5);
    Path repo = Projects.milestone();
    Path work = repo.resolve("target/bench/audit");
    Projects.deleteTreeIfExists(work);
    Path project = Files.createDirectories(work.resolve("project"));
    SyntheticProject.write(new SyntheticProject.Shape(tables, migrations, 42, false), project);
    List<String> names = SyntheticNames.migrations(project);
    try (EmbeddedServer server =
        EmbeddedServer.start(PostgresVersion.BUNDLED, StartupSteps.NONE, null)) {
      Fleet fleet = new Fleet(server, project, work);
      fleet.reader();
      long setup = System.nanoTime();
      fleet.template("tmpl_head", names);
      fleet.template("tmpl_behind", names.subList(0, names.size() - 1));
      for (int i = 1; i <= tenants; i++) {
        String db = String.format(Locale.ROOT, "tenant_%04d", i);
        fleet.clone(i <= BEHIND ? "tmpl_behind" : "tmpl_head", db);
        if (i > BEHIND && i <= BEHIND + INDEXED) {
          fleet.execute(db, "CREATE INDEX bench_by_hand ON " + fleet.firstTable() + " (id)");
        }
      }
      // each tenant is connected to once, as its application would have been: the first session
      // in a new database builds the server's cache of catalog descriptors for it (about 30 ms),
      // which neither way of auditing should pay for the other
      for (int i = 1; i <= tenants; i++) {
        fleet.execute(String.format(Locale.ROOT, "tenant_%04d", i), "SELECT 1");
      }
      System.out.printf(
          Locale.ROOT,
          "fleet: %d tenant databases of %d tables (%d migrations) on PostgreSQL %s, set up in"
              + " %.1f s%n",
          tenants,
          tables,
          migrations,
          server.info().version(),
          (System.nanoTime() - setup) / 1e9);
      double audit = fleet.audit(repo.resolve("driftgate"));
      double dumps = fleet.dumpAndDiff(tenants);
      System.out.printf(
          Locale.ROOT,
          "audit (fresh JVM, cold):            %7.1f s%n"
              + "pg_dump --schema-only + diff loop: %7.1f s%n"
              + "ratio (loop / audit):              %7.1f×%n",
          audit,
          dumps,
          dumps / audit);
    }
  }

  private static int option(List<String> args, String name, int fallback) {
    int at = args.indexOf(name);
    return at < 0 || at + 1 >= args.size() ? fallback : Integer.parseInt(args.get(at + 1));
  }

  /** The databases of the bench, and the two ways of auditing them. */
  private static final class Fleet {
    private final EmbeddedServer server;
    private final Path project;
    private final Path work;
    private final Psql psql;
    private final Map<String, String> env;
    private final String readerPassword = "reader-" + java.util.UUID.randomUUID();

    Fleet(EmbeddedServer server, Path project, Path work) throws IOException {
      this.server = server;
      this.project = project;
      this.work = work;
      this.psql = new Psql(server, work.resolve("psql.log"));
      this.env =
          Map.of(
              "DB_HOST",
              "localhost",
              "DB_PORT",
              String.valueOf(server.port()),
              "DB_USER",
              "postgres",
              "DB_PASSWORD",
              Psql.password(server));
    }

    /**
     * The role both ways of auditing log in as: one that can only read, as a fleet's auditor would
     * be, with its password hashed by PostgreSQL itself (4,096 SCRAM rounds, which every login of a
     * client computes again; the embedded server's own roles have fewer).
     */
    void reader() throws SQLException {
      execute(
          "postgres",
          "CREATE ROLE fleet_reader LOGIN PASSWORD '"
              + readerPassword
              + "' IN ROLE pg_read_all_data");
    }

    /** A database with the baseline and {@code migrations} applied by driftgate's runner. */
    void template(String db, List<String> migrations) throws IOException, SQLException {
      execute("postgres", "CREATE DATABASE " + db);
      psql.file(db, project.resolve("migrations/baseline/app.sql"), true);
      Map<String, String> target = new java.util.HashMap<>(env);
      target.put("DB_NAME", db);
      for (String m : migrations) {
        Cli.Run run = Cli.run(target, "migrate", m, "--project", project.toString());
        if (run.code() != 0) {
          throw new IOException("migrate " + m + " failed: " + run.all());
        }
      }
    }

    void clone(String template, String db) throws SQLException {
      execute("postgres", "CREATE DATABASE " + db + " TEMPLATE " + template);
    }

    String firstTable() throws IOException {
      return SyntheticNames.firstTable(project);
    }

    void execute(String db, String sql) throws SQLException {
      try (Connection c = server.connect(db);
          Statement s = c.createStatement()) {
        s.execute(sql);
      }
    }

    /** Seconds of one {@code audit} of every tenant database, in a fresh JVM. */
    double audit(Path launcher) throws IOException {
      Path log = work.resolve("audit.stderr");
      Command.check(List.of(launcher.toString(), "--version"), Map.of(), null, log);
      Path json = work.resolve("audit.json");
      long start = System.nanoTime();
      int status =
          Command.run(
              List.of(
                  launcher.toString(),
                  "audit",
                  "--project",
                  project.toString(),
                  "--jdbc-url",
                  "jdbc:postgresql://localhost:"
                      + server.port()
                      + "/postgres?user=fleet_reader&password="
                      + readerPassword,
                  "--database-pattern",
                  "tenant_*",
                  "--pg-version",
                  "15",
                  "--format",
                  "json"),
              Map.of(),
              json,
              log);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (status != 0 && status != 1) {
        throw new IOException("audit exited with " + status + ":\n" + Command.tail(log));
      }
      JsonNode report = new ObjectMapper().readTree(json.toFile());
      System.out.println("audit summary: " + report.get("summary") + " " + report.get("notes"));
      return seconds;
    }

    /** Seconds of the loop: dump each database, diff it against the dump at head. */
    double dumpAndDiff(int tenants) throws IOException {
      Path dumps = Files.createDirectories(work.resolve("dumps"));
      Path reference = dumps.resolve("reference.sql");
      Psql reader = psql.as("fleet_reader", readerPassword);
      reader.dump("tmpl_head", reference);
      Path log = work.resolve("diff.log");
      int differing = 0;
      long start = System.nanoTime();
      for (int i = 1; i <= tenants; i++) {
        String db = String.format(Locale.ROOT, "tenant_%04d", i);
        Path dump = dumps.resolve(db + ".sql");
        reader.dump(db, dump);
        int status =
            Command.run(
                // pg_dump 15.14 and later fence the script with lines holding a random key
                List.of(
                    "diff",
                    "-I",
                    "^\\\\restrict ",
                    "-I",
                    "^\\\\unrestrict ",
                    reference.toString(),
                    dump.toString()),
                Map.of(),
                dumps.resolve(db + ".diff"),
                log);
        differing += status == 0 ? 0 : 1;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.println("pg_dump loop: " + differing + " of " + tenants + " dumps differ");
      return seconds;
    }
  }
}
