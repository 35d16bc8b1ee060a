package dev.driftgate.app.audit;

import dev.driftgate.config.DatabaseNames;
import dev.driftgate.config.Manifest;
import dev.driftgate.config.Printable;
import dev.driftgate.config.Settings;
import dev.driftgate.config.Settings.Endpoint;
import dev.driftgate.config.Tenancy;
import dev.driftgate.config.Tier;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.migrate.TenantRegistry;
import dev.driftgate.postgres.Connector;
import dev.driftgate.postgres.ExternalServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which databases an audit reads (issue 17): the master database of the settings and every active
 * tenant it lists, as the runner's fan-out finds them; or the databases the {@code --jdbc-url}
 * options name; or the databases of one server whose names match {@code --database-pattern}. A
 * master (or server) that cannot be read stops the audit with exit 3: there is no fleet to audit.
 */
final class Fleet {
  private static final String DATABASES =
      "SELECT datname FROM pg_catalog.pg_database"
          + " WHERE datallowconn AND NOT datistemplate ORDER BY datname";
  private final Manifest manifest;
  private final Settings settings;
  private final Connector connector;

  Fleet(Manifest manifest, Settings settings, Connector connector) {
    this.manifest = manifest;
    this.settings = settings;
    this.connector = connector;
  }

  List<AuditTarget> targets(AuditOptions o) {
    if (o.databasePattern() != null) {
      if (o.jdbcUrls().size() > 1) {
        throw DriftgateException.badInput(
            "--database-pattern lists the databases of one server: give at most one --jdbc-url");
      }
      Endpoint server =
          o.jdbcUrls().isEmpty()
              ? settings.database()
              : JdbcUrls.endpoint(o.jdbcUrls().get(0), settings.database().credentials());
      return matching(server, o.jdbcUrls().isEmpty() ? "DB_*" : "--jdbc-url", o.databasePattern());
    }
    if (!o.jdbcUrls().isEmpty()) {
      return o.jdbcUrls().stream()
          .map(u -> JdbcUrls.endpoint(u, settings.database().credentials()))
          .map(e -> target(e, "--jdbc-url " + ExternalServer.redact(connector.url(e))))
          .toList();
    }
    return settings.multiTenant() ? multiTenant() : singleTenant();
  }

  private List<AuditTarget> multiTenant() {
    Tenancy tenancy = manifest.requireTenancy();
    List<AuditTarget> targets = new ArrayList<>();
    targets.add(
        new AuditTarget(
            tenancy.masterTier(),
            settings.master().name(),
            settings.master(),
            "MASTER_DB_*",
            null));
    for (Tier tier : manifest.tiers().values()) {
      if (!tier.name().equals(tenancy.masterTier()) && !tier.name().equals(tenancy.tenantTier())) {
        Endpoint e = settings.database().withDatabase(tier.database());
        targets.add(new AuditTarget(tier.name(), e.name(), e, "DB_*", null));
      }
    }
    TenantRegistry registry = new TenantRegistry(tenancy, settings.master().name());
    try (Connection master = masterConnection(settings.master(), "MASTER_DB_*")) {
      for (TenantRegistry.Tenant t : registry.active(master)) {
        targets.add(
            new AuditTarget(
                tenancy.tenantTier(),
                t.slug(),
                settings.database().withDatabase(t.database()),
                "DB_*",
                t.refusal()));
      }
    } catch (SQLException e) {
      throw unreadable(settings.master(), e.getMessage(), e);
    }
    return targets;
  }

  /** Single-tenant mode: {@code DB_NAME}, against the tier that has databases in this mode. */
  private List<AuditTarget> singleTenant() {
    Tenancy tenancy = manifest.tenancy();
    List<String> tiers =
        manifest.tiers().keySet().stream()
            .filter(t -> tenancy == null || !t.equals(tenancy.masterTier()))
            .toList();
    Endpoint db = settings.database();
    return tiers.stream().map(t -> new AuditTarget(t, db.name(), db, "DB_*", null)).toList();
  }

  private List<AuditTarget> matching(Endpoint server, String settingsName, String glob) {
    Pattern pattern = glob(glob);
    List<AuditTarget> targets = new ArrayList<>();
    try (Connection c = masterConnection(server, settingsName);
        PreparedStatement ps = c.prepareStatement(DATABASES);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String name = rs.getString(1);
        if (pattern.matcher(name).matches()) {
          targets.add(listed(server, name, settingsName));
        }
      }
    } catch (SQLException e) {
      throw unreadable(server, e.getMessage(), e);
    }
    if (targets.isEmpty()) {
      throw DriftgateException.badInput(
          "--database-pattern " + glob + ": no database of " + server + " matches");
    }
    return targets;
  }

  /**
   * A database the server listed. Its name goes into a connection URL, so a name with characters no
   * database of ours has (a quote, a slash, a question mark) is not connected to: its row says why.
   */
  private AuditTarget listed(Endpoint server, String name, String settingsName) {
    if (DatabaseNames.DATABASE.matcher(name).matches()) {
      return target(server.withDatabase(name), settingsName);
    }
    String shown = Printable.of(name);
    return new AuditTarget(
        tierOf(shown),
        shown,
        server.withDatabase(shown),
        settingsName,
        "database " + shown + " not read: its name has characters outside [a-z0-9_]");
  }

  private Connection masterConnection(Endpoint e, String settingsName) {
    try {
      return connector.openReadOnly(e, settingsName, "");
    } catch (DriftgateException failure) {
      throw DriftgateException.infrastructure(failure.getMessage(), failure);
    }
  }

  /** A listed database, following the tier whose manifest database it is, else the tenant tier. */
  private AuditTarget target(Endpoint e, String settingsName) {
    return new AuditTarget(tierOf(e.name()), e.name(), e, settingsName, null);
  }

  private String tierOf(String database) {
    for (Tier t : manifest.tiers().values()) {
      if (database.equals(t.database())) {
        return t.name();
      }
    }
    if (manifest.tenancy() != null) {
      return manifest.tenancy().tenantTier();
    }
    if (manifest.tiers().size() == 1) {
      return manifest.tiers().keySet().iterator().next();
    }
    throw DriftgateException.badInput(
        "database "
            + database
            + ": no tier of the manifest names it, and the project has several tiers and no"
            + " tenancy; audit it with a project whose manifest names its database");
  }

  private static DriftgateException unreadable(Endpoint e, String reason, Exception cause) {
    return DriftgateException.infrastructure(
        e + ": cannot list the databases to audit (" + reason + ")", cause);
  }

  /** A shell glob over database names: {@code *} any run of characters, {@code ?} one. */
  static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char ch : glob.toCharArray()) {
      regex.append(
          switch (ch) {
            case '*' -> ".*";
            case '?' -> ".";
            default -> Pattern.quote(String.valueOf(ch));
          });
    }
    return Pattern.compile(regex.toString());
  }
}
