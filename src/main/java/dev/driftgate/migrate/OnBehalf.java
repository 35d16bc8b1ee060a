package dev.driftgate.migrate;

import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.sqlscript.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few statements real schemas carry that the build role may not run itself, handled for it so
 * that least privilege refuses only what is dangerous (SPEC §7):
 *
 * <ul>
 *   <li>{@code CREATE ROLE|USER|GROUP} with nothing but harmless options (login, inherit, password,
 *       connection limit, validity) is run by the administrator, and the build role may then use
 *       the new role; a role the run already created (setup and replay both create it) counts as
 *       created, since roles are cluster-wide.
 *   <li>{@code ALTER ... OWNER TO} a superuser, as a {@code pg_dump} writes for every object,
 *       leaves the object with the build role: ownership is not compared, and later migrations must
 *       still be able to alter it, as they could where the dump was restored.
 *   <li>{@code CREATE EXTENSION} of an extension the user allowed ({@code --allow-extension}) is
 *       run by the administrator; trusted extensions need no help.
 * </ul>
 *
 * Everything else runs as the build role, and PostgreSQL refuses what it may not do.
 */
public final class OnBehalf {
  /** Handles nothing: for scripts that run on a database of the user's, not a scratch one. */
  public static final OnBehalf NONE = new OnBehalf(null, null, Set.of());

  private static final Pattern ROLE =
      Pattern.compile(
          "(?is)^CREATE\\s+(?:ROLE|USER|GROUP)\\s+(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)(.*)$");
  private static final Set<String> HARMLESS_ROLE_WORDS =
      Set.of(
          "WITH",
          "LOGIN",
          "NOLOGIN",
          "INHERIT",
          "NOINHERIT",
          "NOSUPERUSER",
          "NOCREATEDB",
          "CREATEDB",
          "NOCREATEROLE",
          "NOREPLICATION",
          "NOBYPASSRLS",
          "CONNECTION",
          "LIMIT",
          "PASSWORD",
          "ENCRYPTED",
          "NULL",
          "VALID",
          "UNTIL");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
  private static final Pattern OWNER_TO =
      Pattern.compile(
          "(?is)^ALTER\\s.*\\sOWNER\\s+TO\\s+(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)$");
  private static final Pattern EXTENSION =
      Pattern.compile(
          "(?is)^CREATE\\s+EXTENSION\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)");

  private final ScratchDatabases databases;
  private final String database;
  private final Set<String> allowedExtensions;
  private Set<String> superusers;

  private OnBehalf(ScratchDatabases databases, String database, Set<String> allowedExtensions) {
    this.databases = databases;
    this.database = database;
    this.allowedExtensions = allowedExtensions;
  }

  /**
   * Handles statements for the build role of {@code databases} on one of its databases. Scripts the
   * user trusts run as the administrator, and only {@code CREATE ROLE} is handled: the other build
   * of the run may have created the role already.
   */
  public static OnBehalf of(ScratchDatabases databases, String database) {
    return new OnBehalf(databases, database, databases.allowedExtensions());
  }

  /**
   * Whether a statement is one the administrator may run for the build role on its own session
   * ({@code CREATE ROLE}, {@code CREATE EXTENSION}): what it does is committed at once, outside any
   * transaction of the build role's.
   */
  public static boolean mayAdminister(Statement statement) {
    String sql = statement.sql().strip();
    return ROLE.matcher(sql).matches() || EXTENSION.matcher(sql).find();
  }

  /** What handling a statement came to. */
  record Handled(Optional<SqlFailure> failure) {}

  /** The outcome if the statement was handled here, empty if it is the build role's to run. */
  Optional<Handled> handle(Statement statement) throws SQLException {
    if (databases == null) {
      return Optional.empty();
    }
    String sql = statement.sql().strip();
    List<String> words = statement.leadingWords(2);
    if (words.size() < 2) {
      return Optional.empty();
    }
    if (words.get(0).equals("CREATE")) {
      Matcher role = ROLE.matcher(sql);
      if (role.matches() && (!databases.leastPrivilege() || harmless(role.group(2)))) {
        return Optional.of(createRole(statement, name(role.group(1))));
      }
      if (!databases.leastPrivilege()) {
        return Optional.empty();
      }
      Matcher extension = EXTENSION.matcher(sql);
      if (extension.find() && allowedExtensions.contains(name(extension.group(1)))) {
        return Optional.of(administer(statement));
      }
    }
    if (words.get(0).equals("ALTER") && databases.leastPrivilege()) {
      Matcher owner = OWNER_TO.matcher(sql);
      if (owner.matches() && isSuperuser(name(owner.group(1)))) {
        return Optional.of(new Handled(Optional.empty()));
      }
    }
    return Optional.empty();
  }

  private Handled createRole(Statement statement, String role) throws SQLException {
    synchronized (databases) {
      if (roleExists(role)) {
        return new Handled(Optional.empty());
      }
      Handled created = administer(statement);
      boolean raced =
          created.failure().isPresent() && created.failure().get().sqlState().equals("42710");
      if (created.failure().isEmpty()) {
        databases.createdRole(role);
      }
      return raced ? new Handled(Optional.empty()) : created;
    }
  }

  private Handled administer(Statement statement) throws SQLException {
    try (Connection admin = databases.administer(database);
        java.sql.Statement jdbc = admin.createStatement()) {
      jdbc.setEscapeProcessing(false);
      jdbc.execute(statement.sql());
      return new Handled(Optional.empty());
    } catch (org.postgresql.util.PSQLException e) {
      org.postgresql.util.ServerErrorMessage server = e.getServerErrorMessage();
      if (server == null) {
        throw e;
      }
      return new Handled(
          Optional.of(
              new SqlFailure(
                  ScriptExecutor.locate(statement, server, 0),
                  server.getSQLState(),
                  server.getMessage())));
    }
  }

  private boolean roleExists(String role) throws SQLException {
    return query("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?", role);
  }

  /**
   * Whether a role is a superuser. A dump names one for every object it creates, so the answer is
   * read once per database: a script cannot make a superuser, and the administrator makes none.
   */
  private boolean isSuperuser(String role) throws SQLException {
    if (superusers == null) {
      Set<String> names = new java.util.HashSet<>();
      try (Connection admin = databases.administer(database);
          java.sql.Statement s = admin.createStatement();
          ResultSet rs = s.executeQuery("SELECT rolname FROM pg_catalog.pg_roles WHERE rolsuper")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      superusers = names;
    }
    return superusers.contains(role);
  }

  private boolean query(String sql, String role) throws SQLException {
    try (Connection admin = databases.administer(database);
        PreparedStatement ps = admin.prepareStatement(sql)) {
      ps.setString(1, role);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Only options that give the new role no power its creator could borrow. */
  private static boolean harmless(String options) {
    String withoutLiterals = options.replaceAll("'(?:[^']|'')*'", " ").replaceAll("[0-9-]+", " ");
    if (!withoutLiterals.replaceAll("[A-Za-z_][A-Za-z0-9_$]*|\\s", "").isEmpty()) {
      return false;
    }
    Matcher words = WORD.matcher(withoutLiterals);
    while (words.find()) {
      if (!HARMLESS_ROLE_WORDS.contains(words.group().toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** An identifier as PostgreSQL stores it: quoted as written, unquoted folded to lower case. */
  private static String name(String written) {
    return written.startsWith("\"")
        ? written.substring(1, written.length() - 1).replace("\"\"", "\"")
        : written.toLowerCase(Locale.ROOT);
  }
}
