package dev.driftgate.postgres;

import dev.driftgate.error.DriftgateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The databases one run creates. Every name carries a prefix unique to the run, so that on a shared
 * server the run never touches a database it did not create; {@link #close()} drops them all. With
 * least privilege (the default for builds from a project's scripts), the run's scripts connect as a
 * {@link BuildRole} of the run that owns the databases and is no superuser.
 */
public final class ScratchDatabases implements AutoCloseable {
  private final PostgresServer server;
  private final String prefix;
  private final boolean leastPrivilege;
  private final java.util.Set<String> allowedExtensions;
  private final List<String> created = Collections.synchronizedList(new ArrayList<>());
  private BuildRole role;
  private final List<String> createdRoles = new ArrayList<>();
  private final java.util.Map<String, String> keptAs =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final List<String> copies = Collections.synchronizedList(new ArrayList<>());
  private final java.util.Set<String> lent = new java.util.HashSet<>();

  /**
   * Who uses each database others are made from or lent: copies of it at once (shared), or one
   * lending or replacement alone (exclusive). PostgreSQL copies a database only while no session is
   * connected to it, and two trials on one kept state would lock each other out.
   */
  private final java.util.Map<String, java.util.concurrent.locks.ReadWriteLock> inUse =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Scratch databases for driftgate's own use, built by the server's administrator. */
  public ScratchDatabases(PostgresServer server) {
    this(server, false);
  }

  /**
   * Scratch databases whose sessions ({@link #sessions}) run scripts as a role without superuser
   * rights when {@code leastPrivilege}, else as the server's administrator ({@code
   * --trust-scripts}).
   */
  public ScratchDatabases(PostgresServer server, boolean leastPrivilege) {
    this(server, leastPrivilege, java.util.Set.of());
  }

  /**
   * As above; {@code allowedExtensions} are extensions that are not trusted (only a superuser may
   * create them) that scripts may create all the same ({@code --allow-extension}).
   */
  public ScratchDatabases(
      PostgresServer server, boolean leastPrivilege, java.util.Set<String> allowedExtensions) {
    this.server = server;
    this.prefix = "driftgate_" + UUID.randomUUID().toString().substring(0, 8) + "_";
    this.leastPrivilege = leastPrivilege;
    this.allowedExtensions = java.util.Set.copyOf(allowedExtensions);
  }

  /** The databases of this run now (ready copies taken keep their names: no common prefix). */
  public List<String> names() {
    synchronized (created) {
      return List.copyOf(created);
    }
  }

  /**
   * The databases scripts may grow now: the run's own, and the kept ones lent to its build role.
   */
  public List<String> watched() {
    List<String> names = new ArrayList<>(names());
    synchronized (lent) {
      names.addAll(lent);
    }
    return names;
  }

  /** A kept database lent to the build role; closing it seals the database again. */
  public interface Lent extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Lends a kept database to the build role for a while (a trial in a transaction that is rolled
   * back, or probes that are): the role owns it, as it owns the run's clones, until the lending
   * closes and it is sealed again ({@link #sealKept}); one lending of a database at a time. A run
   * that dies while it holds one leaves it to the next run's {@link #sealedKeptNames}.
   */
  public Lent lend(String name) throws SQLException {
    java.util.concurrent.locks.Lock held = use(name, true);
    try (Connection c = server.connect("postgres")) {
      mark(c, name); // what a trial reads from it is kept under the mark (CatalogObjects.mark)
      if (leastPrivilege) {
        role().own(c, name);
      }
      synchronized (lent) {
        lent.add(name);
      }
    } catch (SQLException | RuntimeException e) {
      held.unlock();
      throw e;
    }
    return () -> giveBack(name, held);
  }

  private void giveBack(String name, java.util.concurrent.locks.Lock held) {
    try (Connection c = server.connect("postgres")) {
      sealKept(c, name);
    } catch (SQLException e) {
      // left to the build role: it goes with the role at the end of the run (BuildRole.drop)
    } finally {
      synchronized (lent) {
        lent.remove(name);
      }
      held.unlock();
    }
  }

  /**
   * The kept databases whose names start with {@code prefix} (none on other servers), each the
   * administrator's: one a run died lending ({@link #lend}) is sealed again first.
   */
  public java.util.Set<String> sealedKeptNames(String prefix) throws SQLException {
    java.util.Set<String> names = new java.util.HashSet<>();
    if (server.keptDirectory().isEmpty()) {
      return names;
    }
    try (Connection c = server.connect("postgres");
        java.sql.PreparedStatement q =
            c.prepareStatement(
                "SELECT datname, datdba <> (SELECT oid FROM pg_catalog.pg_roles"
                    + " WHERE rolname = current_user) FROM pg_catalog.pg_database"
                    + " WHERE starts_with(datname, ?)")) {
      q.setString(1, prefix);
      List<String> stray = new ArrayList<>();
      try (java.sql.ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
          if (rs.getBoolean(2)) {
            stray.add(rs.getString(1));
          }
        }
      }
      for (String name : stray) {
        sealKept(c, name);
      }
    }
    return names;
  }

  /** The untrusted extensions scripts may create all the same. */
  public java.util.Set<String> allowedExtensions() {
    return allowedExtensions;
  }

  /** Whether scripts run without superuser rights. */
  public boolean leastPrivilege() {
    return leastPrivilege;
  }

  /** Sessions on a scratch database of this run, as the role its scripts run as. */
  public Sessions sessions(String database) {
    return new Sessions(opener(database));
  }

  /** The sessions of a trial on a database (see {@link Sessions#trial}), as the build role. */
  public Sessions trialSessions(String database) {
    return Sessions.trial(opener(database));
  }

  private Sessions.Opener opener(String database) {
    return () -> leastPrivilege ? role().connect(server, database) : server.connect(database);
  }

  private java.util.concurrent.locks.Lock use(String database, boolean alone) {
    java.util.concurrent.locks.ReadWriteLock lock =
        inUse.computeIfAbsent(
            database, d -> new java.util.concurrent.locks.ReentrantReadWriteLock());
    java.util.concurrent.locks.Lock held = alone ? lock.writeLock() : lock.readLock();
    held.lock();
    return held;
  }

  /**
   * A connection to one of the run's databases as the server's administrator, for the few
   * statements run on the build role's behalf.
   */
  public Connection administer(String database) throws SQLException {
    return server.connect(database);
  }

  /**
   * Records a role created on the build role's behalf: the build role may use it (and grant it),
   * and it goes with the run.
   */
  public synchronized void createdRole(String name) throws SQLException {
    if (leastPrivilege) {
      try (Connection c = server.connect("postgres");
          Statement s = c.createStatement()) {
        s.execute(
            "GRANT "
                + Identifiers.quote(name)
                + " TO "
                + Identifiers.quote(role().name())
                + " WITH ADMIN OPTION");
      }
    }
    createdRoles.add(name);
  }

  /**
   * Creates the build role (or gives the kept one its new password) in the background, while the
   * run does other work: a password set as a SCRAM verifier computed here costs tens of
   * milliseconds, on the way to the first database the role builds.
   */
  public void prepareRole() {
    if (leastPrivilege) {
      java.util.concurrent.CompletableFuture.runAsync(
          () -> {
            try {
              role();
            } catch (SQLException | RuntimeException e) {
              // the first use tries again and reports it
            }
          });
    }
  }

  private synchronized BuildRole role() throws SQLException {
    if (role == null) {
      try (Connection c = server.connect("postgres")) {
        // on a kept cluster one role owns the objects of every kept state, so that runs can go on
        // from them
        role =
            BuildRole.create(
                c, server.keptDirectory().isPresent() ? "driftgate_builder" : prefix + "builder");
      }
    }
    return role;
  }

  /** Creates an empty database; {@code role} makes the name readable, e.g. {@code tenant_setup}. */
  public String create(String role) {
    return createFrom(role, null);
  }

  /**
   * A database that is a copy of {@code template} (which must have no open connections): one the
   * server keeps ready, or a new clone.
   */
  public String cloneOf(String template, String role) {
    java.util.Optional<String> ready = server.takeReadyCopy(template);
    if (ready.isPresent()) {
      created.add(ready.get());
      handOver(ready.get());
      return ready.get();
    }
    java.util.concurrent.locks.Lock held = use(template, false);
    String name;
    try {
      name = createFrom(role, template);
    } finally {
      held.unlock();
    }
    handOver(name);
    return name;
  }

  /** Makes the build role the owner of a database scripts will build. */
  private void handOver(String database) {
    if (!leastPrivilege) {
      return;
    }
    try (Connection c = server.connect("postgres")) {
      role().own(c, database);
    } catch (SQLException e) {
      throw DriftgateException.infrastructure(
          "could not hand scratch database " + database + " to the build role: " + e.getMessage(),
          e);
    }
  }

  private String createFrom(String role, String template) {
    String name = prefix + role.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    try (Connection c = server.connect("postgres")) {
      DatabaseAdmin.createCopy(c, name, template, server.keptDirectory().isPresent());
    } catch (SQLException e) {
      throw DriftgateException.infrastructure(
          "could not create scratch database " + name + ": " + e.getMessage(), e);
    }
    created.add(name);
    return name;
  }

  /**
   * Keeps one of the run's databases under another name when the run ends, on a kept cluster: it is
   * renamed instead of dropped (unless the run created roles, which go with the run).
   */
  public void keepAs(String database, String name) {
    if (server.keptDirectory().isPresent()) {
      keptAs.put(database, name);
    }
  }

  /**
   * Copies one of the run's databases, which must have no open connection, into a database of the
   * kept cluster that outlives the run; false when it could not be copied.
   */
  public boolean copyAs(String database, String name) {
    if (server.keptDirectory().isEmpty()) {
      return false;
    }
    java.util.concurrent.locks.Lock held = use(name, true);
    try (Connection c = server.connect("postgres")) {
      DatabaseAdmin.drop(c, name);
      DatabaseAdmin.createCopy(c, name, database, true);
      copies.add(name);
      sealKept(c, name);
      return true;
    } catch (SQLException e) {
      return false;
    } finally {
      held.unlock();
    }
  }

  /** Drops a database a kept cluster holds (cache eviction). */
  public void dropKept(String name) {
    if (server.keptDirectory().isPresent()) {
      dropQuietly(name);
    }
  }

  /**
   * The names of the databases a kept cluster holds that start with {@code prefix}; none on other
   * servers.
   */
  public java.util.Set<String> keptNames(String prefix) {
    return kept("starts_with(datname, ?)", prefix, "0").keySet();
  }

  /**
   * The sizes in bytes of those of {@code names} a kept cluster holds. A size stats every file of a
   * database (7,500 files at 900 tables): ask only for the ones not known yet.
   */
  public java.util.Map<String, Long> keptSizes(java.util.Collection<String> names) {
    return names.isEmpty()
        ? new java.util.HashMap<>()
        : kept("datname = ANY (?)", names, "pg_catalog.pg_database_size(oid)");
  }

  private java.util.Map<String, Long> kept(String condition, Object parameter, String size) {
    java.util.Map<String, Long> sizes = new java.util.HashMap<>();
    if (server.keptDirectory().isEmpty()) {
      return sizes;
    }
    try (Connection c = server.connect("postgres");
        java.sql.PreparedStatement q =
            c.prepareStatement(
                "SELECT datname, " + size + " FROM pg_catalog.pg_database WHERE " + condition)) {
      q.setObject(
          1,
          parameter instanceof java.util.Collection<?> many
              ? c.createArrayOf("text", many.toArray())
              : parameter);
      try (java.sql.ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          sizes.put(rs.getString(1), rs.getLong(2));
        }
      }
    } catch (SQLException e) {
      // nothing evicted this time
    }
    return sizes;
  }

  /** Drops one scratch database now (it must be one this run created). */
  public void drop(String name) {
    if (!created.remove(name)) {
      throw new IllegalArgumentException(name + " was not created by this run");
    }
    dropQuietly(name);
  }

  /**
   * Drops every database the run created, unless the server itself is about to be discarded. The
   * drops run in parallel: each waits for PostgreSQL to remove the database's files.
   */
  @Override
  public void close() {
    if (server.disposable()) {
      created.clear();
      return;
    }
    keepDatabases();
    List<String> names;
    synchronized (created) {
      names = new ArrayList<>(created);
      created.clear();
    }
    names.parallelStream().forEach(this::dropQuietly);
    synchronized (this) {
      if (role != null || !createdRoles.isEmpty()) {
        try (Connection c = server.connect("postgres")) {
          if (role != null) {
            role.drop(c);
          }
          for (String created : createdRoles) {
            try (Statement s = c.createStatement()) {
              s.execute("DROP ROLE IF EXISTS " + Identifiers.quote(created));
            }
          }
        } catch (SQLException e) {
          // a leftover role is named after the run and owns nothing
        }
        role = null;
        createdRoles.clear();
      }
    }
  }

  /** Renames the databases to keep, handing them to the administrator, before the rest go. */
  private void keepDatabases() {
    if (!createdRoles.isEmpty()) {
      // a kept database must not need a role that goes with the run
      keptAs.clear();
      copies.forEach(this::dropQuietly);
      return;
    }
    if (keptAs.isEmpty()) {
      return;
    }
    try (Connection c = server.connect("postgres");
        Statement s = c.createStatement()) {
      for (java.util.Map.Entry<String, String> kept : keptAs.entrySet()) {
        DatabaseAdmin.drop(c, kept.getValue());
        s.execute(
            "ALTER DATABASE "
                + Identifiers.quote(kept.getKey())
                + " RENAME TO "
                + Identifiers.quote(kept.getValue()));
        sealKept(c, kept.getValue());
        created.remove(kept.getKey());
      }
    } catch (SQLException e) {
      // what was not kept is dropped with the run's other databases
    }
    keptAs.clear();
  }

  /**
   * Makes a kept database the administrator's alone: the build role of a later run (the scripts of
   * a pull request) may neither connect to it nor clone it, so it cannot change what the cache
   * holds for other scripts.
   */
  private static void sealKept(Connection admin, String name) throws SQLException {
    try (Statement s = admin.createStatement()) {
      s.execute("ALTER DATABASE " + Identifiers.quote(name) + " OWNER TO CURRENT_USER");
      s.execute("REVOKE ALL ON DATABASE " + Identifiers.quote(name) + " FROM PUBLIC");
    }
  }

  /**
   * Gives a kept database a mark of its own the first time it is lent: a comment no other database
   * has, not even one built again under its name or in a cluster copied afresh (where oids and
   * transaction ids start over). A catalog read kept from it ({@code CatalogObjects.mark}, which
   * reads this form) holds for it alone. A comment a script gave the database is replaced:
   * driftgate reads none.
   */
  private static void mark(Connection admin, String name) throws SQLException {
    try (java.sql.PreparedStatement marked =
        admin.prepareStatement(
            "SELECT shobj_description(oid, 'pg_database') LIKE 'driftgate state %'"
                + " FROM pg_database WHERE datname = ?")) {
      marked.setString(1, name);
      try (java.sql.ResultSet rs = marked.executeQuery()) {
        if (!rs.next() || rs.getBoolean(1)) {
          return;
        }
      }
    }
    try (Statement s = admin.createStatement()) {
      s.execute(
          "COMMENT ON DATABASE "
              + Identifiers.quote(name)
              + " IS 'driftgate state "
              + java.util.UUID.randomUUID()
              + "'");
    }
  }

  /** Sessions on a database as the server's administrator: for reading a kept database. */
  public Sessions administratorSessions(String database) {
    return new Sessions(() -> server.connect(database));
  }

  private void dropQuietly(String name) {
    try (Connection c = server.connect("postgres")) {
      DatabaseAdmin.drop(c, name);
    } catch (SQLException e) {
      // Scratch databases die with an embedded server anyway; on a shared server a leftover is
      // visible by its
      // prefix and harmless to everything else.
    }
  }
}
