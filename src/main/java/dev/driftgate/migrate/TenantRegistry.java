package dev.driftgate.migrate;

import dev.driftgate.config.DatabaseNames;
import dev.driftgate.config.Tenancy;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.postgres.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The master database's list of tenants (manifest {@code tenancy:}). Every slug and database name
 * read from it is validated before it is used anywhere. A value with characters no name of ours has
 * is bad input that stops the run: the registry has been tampered with, and the value is not even
 * safe to show. A well-formed database name that cannot be this tenant's ({@link TenantDatabases})
 * is refused for that tenant alone: its row in the summary fails, and the other tenants run.
 */
public final class TenantRegistry {
  /**
   * One tenant: its slug, its database, whether the fan-out includes it, and why its database is
   * refused (null: it is not).
   */
  public record Tenant(String slug, String database, boolean active, String refusal) {
    public Tenant(String slug, String database, boolean active) {
      this(slug, database, active, null);
    }
  }

  private final Tenancy tenancy;
  private final String master;

  /** A registry in the master database named {@code master} (for messages). */
  public TenantRegistry(Tenancy tenancy, String master) {
    this.tenancy = tenancy;
    this.master = master;
  }

  /** Every active tenant, by slug. */
  public List<Tenant> active(Connection c) {
    return query(c, " WHERE " + col(tenancy.activeColumn()) + " ORDER BY 1", null);
  }

  /** The tenant with this slug, active or not. */
  public Optional<Tenant> find(Connection c, String slug) {
    return query(c, " WHERE " + col(tenancy.slugColumn()) + " = ?", slug).stream().findFirst();
  }

  /** Lists a tenant as active, adding its row if it has none. */
  public void register(Connection c, String slug, String database) {
    String name = tenancy.nameColumn() == null ? "" : ", " + col(tenancy.nameColumn());
    String sql =
        "INSERT INTO "
            + table()
            + " ("
            + col(tenancy.slugColumn())
            + ", "
            + col(tenancy.databaseColumn())
            + ", "
            + col(tenancy.activeColumn())
            + name
            + ") VALUES (?, ?, true"
            + (name.isEmpty() ? "" : ", ?")
            + ") ON CONFLICT ("
            + col(tenancy.slugColumn())
            + ") DO UPDATE SET "
            + col(tenancy.activeColumn())
            + " = true";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, slug);
      ps.setString(2, database);
      if (!name.isEmpty()) {
        ps.setString(3, slug);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private List<Tenant> query(Connection c, String where, String parameter) {
    String sql =
        "SELECT "
            + col(tenancy.slugColumn())
            + ", "
            + col(tenancy.databaseColumn())
            + ", "
            + col(tenancy.activeColumn())
            + " FROM "
            + table()
            + where;
    List<Tenant> tenants = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (parameter != null) {
        ps.setString(1, parameter);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tenants.add(validated(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return tenants;
  }

  private Tenant validated(String slug, String database, boolean active) {
    String where = master + " " + tenancy.table();
    DatabaseNames.checkSlug(where, slug);
    DatabaseNames.check(where + " (tenant " + slug + ")", database);
    String refusal = TenantDatabases.refusal(tenancy, master, slug, database);
    return new Tenant(
        slug,
        database,
        active,
        refusal == null ? null : where + " (tenant " + slug + "): " + refusal + "; fix the row");
  }

  private DriftgateException failure(SQLException e) {
    String reason = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim();
    return DriftgateException.badInput(
        master
            + ": cannot use the tenants table "
            + tenancy.table()
            + " ("
            + reason
            + "); run 'driftgate init-db' first, or set tenancy: in the manifest");
  }

  private String table() {
    int dot = tenancy.table().indexOf('.');
    return dot < 0
        ? Identifiers.quote(tenancy.table())
        : Identifiers.quote(tenancy.table().substring(0, dot))
            + "."
            + Identifiers.quote(tenancy.table().substring(dot + 1));
  }

  private static String col(String column) {
    return Identifiers.quote(column);
  }
}
