package dev.driftgate.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's own record of which statement touched which object, kept by an event trigger in
 * scratch databases. Exact where text analysis would guess: it sees DDL inside {@code DO} blocks
 * and functions too.
 */
public final class DdlLog {
  private DdlLog() {}

  /**
   * One object one statement created, altered or dropped.
   *
   * @param objectType PostgreSQL's object type: {@code table}, {@code index}, {@code table
   *     constraint}, ...
   * @param identity PostgreSQL's object identity: {@code public.users}, {@code users_pkey on
   *     public.users}, ...
   */
  public record Event(int statementId, String objectType, String identity, boolean dropped) {}

  /**
   * Installs the logging event triggers; run once in the template scratch databases are cloned
   * from.
   */
  public static void install(Connection connection) throws SQLException {
    try (java.sql.Statement s = connection.createStatement()) {
      s.execute(SqlResource.text("ddl_log_install.sql"));
    }
  }

  /** Identifies the installed log's definition: it changes whenever the install script does. */
  public static String version() {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  SqlResource.text("ddl_log_install.sql")
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The events of the database, in the order they happened. */
  public static List<Event> read(Connection connection) throws SQLException {
    List<Event> events = new ArrayList<>();
    SqlResource.forEach(
        connection,
        "ddl_log.sql",
        List.of(),
        rs ->
            events.add(
                new Event(
                    rs.getInt("statement_id"),
                    rs.getString("object_type"),
                    rs.getString("object_identity"),
                    rs.getBoolean("dropped"))));
    return events;
  }
}
