package dev.driftgate.migrate;

import dev.driftgate.postgres.ReadTimeout;
import dev.driftgate.sqlscript.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code init-db} on one database: under the advisory lock, in one transaction, the tier's part of
 * the canonical script, then its seed script, and a ledger row for every migration of the tier (the
 * canonical script already contains them). An initialised database (a ledger with rows, or a ledger
 * next to tables) is left alone; a database that holds tables but no ledger is refused, because the
 * canonical script would collide with them.
 */
public final class DatabaseInitializer {
  private static final String USER_RELATIONS =
      "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"
          + " AND n.nspname NOT IN ('pg_catalog', 'information_schema', '"
          + Ledger.SCHEMA
          + "') AND n.nspname NOT LIKE 'pg\\_%'";

  /** What {@code init-db} did to one database. */
  public enum Result {
    INITIALISED,
    ALREADY_INITIALISED,
    FAILED
  }

  /**
   * The result and, when it failed, a one-line message.
   *
   * @param failure what went wrong, where and how to fix it, or null
   */
  public record Outcome(Result result, String failure) {}

  private final String toolVersion;

  public DatabaseInitializer(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  /**
   * Initialises the database behind {@code c}; {@code variables} are set as session settings (e.g.
   * {@code driftgate.admin_email}) that the seed script reads with {@code current_setting}.
   *
   * @return the outcome; a failed one left the database as it was
   */
  public Outcome initialise(
      Connection c,
      String database,
      List<Statement> schemaAndSeed,
      Map<String, String> variables,
      List<MigrationScript> migrations,
      RunOptions options)
      throws SQLException {
    try (AdvisoryLock lock = AdvisoryLock.acquire(c, options.lockTimeout(), database)) {
      long relations = userRelations(c);
      // A project without migrations leaves the ledger empty: its existence next to the schema is
      // what says a driftgate run initialised (or adopted) this database.
      if (!Ledger.read(c).isEmpty() || (relations > 0 && Ledger.exists(c))) {
        return new Outcome(Result.ALREADY_INITIALISED, null);
      }
      if (relations > 0) {
        return new Outcome(
            Result.FAILED,
            database
                + ": holds tables but no driftgate ledger; init-db only initialises empty"
                + " databases (use 'driftgate migrate' on an existing schema)");
      }
      setVariables(c, variables);
      Ledger.ensure(c);
      MigrationRunner runner =
          new MigrationRunner(new ScriptExecutor(new StatementJournal()), toolVersion);
      // the schema and seed run without a statement timeout, so their reads wait as long
      MigrationRunner.Outcome outcome =
          ReadTimeout.during(
              c,
              Duration.ZERO,
              () -> runner.run(c, schemaAndSeed, (conn, millis) -> recordAll(conn, migrations)));
      if (!outcome.succeeded()) {
        return new Outcome(
            Result.FAILED,
            outcome.failure().orElseThrow()
                + " — init-db of "
                + database
                + " rolled back, the database is as empty as before");
      }
      return new Outcome(Result.INITIALISED, null);
    }
  }

  private void recordAll(Connection c, List<MigrationScript> migrations) throws SQLException {
    for (MigrationScript m : migrations) {
      Ledger.record(c, m.name(), m.checksum(), 0, toolVersion);
    }
  }

  private static void setVariables(Connection c, Map<String, String> variables)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config(?, ?, false)")) {
      for (Map.Entry<String, String> v : variables.entrySet()) {
        ps.setString(1, v.getKey());
        ps.setString(2, v.getValue());
        ps.executeQuery().close();
      }
    }
  }

  private static long userRelations(Connection c) throws SQLException {
    try (java.sql.Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(USER_RELATIONS)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Concatenates the schema and the seed into one list, run as one transaction. */
  public static List<Statement> concat(List<Statement> schema, List<Statement> seed) {
    List<Statement> all = new ArrayList<>(schema);
    all.addAll(seed);
    return all;
  }
}
