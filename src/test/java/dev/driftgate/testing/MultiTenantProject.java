package dev.driftgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A copy of the Milestone project run in multi-tenant mode against the test server: tenant
 * databases are named with the test's prefix, so tests never share them.
 */
public final class MultiTenantProject {
  private final Path dir;
  private final RunnerEnv env;

  public MultiTenantProject(Path dir, RunnerEnv env) {
    this.dir = Projects.copyOfMilestone(dir);
    this.env = env;
    append("migrations/manifest.yaml", "tenancy:\n  database_prefix: " + env.prefix() + "\n");
    env.env().put("MULTI_TENANT", "true");
  }

  public Path dir() {
    return dir;
  }

  /** The database of a tenant. */
  public String tenantDb(String slug) {
    return env.prefix() + slug;
  }

  public String masterDb() {
    return env.env().get("MASTER_DB_NAME");
  }

  /**
   * A tenant made as a copy of another's database ({@code CREATE DATABASE ... TEMPLATE}), as fleets
   * often make them, and registered in the master.
   */
  public void cloneTenant(String from, String slug) throws java.sql.SQLException {
    env.execute("postgres", "CREATE DATABASE " + tenantDb(slug) + " TEMPLATE " + tenantDb(from));
    register(slug);
  }

  /** Lists a tenant in the master's tenants table (its database may or may not exist). */
  public void register(String slug) throws java.sql.SQLException {
    env.execute(
        masterDb(),
        "INSERT INTO tenants (slug, name, database_name) VALUES ('"
            + slug
            + "', '"
            + slug
            + "', '"
            + tenantDb(slug)
            + "')");
  }

  /** Adds a migration at the end of the manifest. */
  public void addMigration(String name, String target, String sql) {
    try {
      Files.writeString(dir.resolve("migrations/" + name + ".sql"), sql);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String manifest = read("migrations/manifest.yaml");
    String entry = "  - name: " + name + "\n    target: " + target + "\n";
    int at = manifest.indexOf("tenancy:");
    write("migrations/manifest.yaml", manifest.substring(0, at) + entry + manifest.substring(at));
  }

  /** Runs the command line on this project. */
  public Cli.Run cli(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--project");
    all.add(dir.toString());
    return Cli.run(env.env(), all.toArray(String[]::new));
  }

  /** Runs {@code init-db} for the master and for each tenant; fails the test if any fails. */
  public void provision(String... slugs) {
    check(cli("init-db"));
    for (String slug : slugs) {
      check(cli("init-db", "--tenant", slug));
    }
  }

  private static void check(Cli.Run run) {
    if (run.code() != 0) {
      throw new IllegalStateException("init-db failed: " + run.all());
    }
  }

  private void append(String file, String text) {
    try {
      Files.writeString(dir.resolve(file), text, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String read(String file) {
    try {
      return Files.readString(dir.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String file, String text) {
    try {
      Files.writeString(dir.resolve(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
