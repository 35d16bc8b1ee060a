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
 * server the run never touches a database it did not create; {@link #close()} drops them all.
 */
public final class ScratchDatabases implements AutoCloseable {
  private final PostgresServer server;
  private final String prefix;
  private final List<String> created = Collections.synchronizedList(new ArrayList<>());

  public ScratchDatabases(PostgresServer server) {
    this.server = server;
    this.prefix = "driftgate_" + UUID.randomUUID().toString().substring(0, 8) + "_";
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
      return ready.get();
    }
    return createFrom(role, template);
  }

  private String createFrom(String role, String template) {
    String name = prefix + role.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    try (Connection c = server.connect("postgres")) {
      DatabaseAdmin.createCopy(c, name, template);
    } catch (SQLException e) {
      throw DriftgateException.infrastructure(
          "could not create scratch database " + name + ": " + e.getMessage(), e);
    }
    created.add(name);
    return name;
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
    List<String> names;
    synchronized (created) {
      names = new ArrayList<>(created);
      created.clear();
    }
    names.parallelStream().forEach(this::dropQuietly);
  }

  private void dropQuietly(String name) {
    try (Connection c = server.connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(name) + " WITH (FORCE)");
    } catch (SQLException e) {
      // Scratch databases die with an embedded server anyway; on a shared server a leftover is
      // visible by its
      // prefix and harmless to everything else.
    }
  }
}
