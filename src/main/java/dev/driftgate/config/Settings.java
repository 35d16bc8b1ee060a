package dev.driftgate.config;

import java.time.Duration;

/**
 * The connection settings of SPEC §3, validated: where the tenant (or single) database and the
 * master database are, TLS, the connection budget, the mode, and the credentials for administrative
 * work. Read them with {@link SettingsReader}. No field prints a password.
 *
 * @param database the {@code DB_*} database: the tenant database in single-tenant mode
 * @param master the {@code MASTER_DB_*} database, defaulting to the {@code DB_*} values
 * @param pgAdmin who creates databases and migrates tenants: {@code PG_ADMIN_USER/PASSWORD}, or the
 *     {@code DB_*} user
 * @param appAdmin the application's first administrator that {@code init-db} seeds
 */
public record Settings(
    Endpoint database,
    Endpoint master,
    Credentials pgAdmin,
    Tls tls,
    Pool pool,
    boolean multiTenant,
    boolean autoInitDb,
    AppAdmin appAdmin) {

  /** A server, a database on it and who connects. */
  public record Endpoint(String host, int port, String name, Credentials credentials) {
    /** The same server and user, another database on it. */
    public Endpoint withDatabase(String database) {
      return new Endpoint(host, port, database, credentials);
    }

    /** The same server and database, another user. */
    public Endpoint as(Credentials other) {
      return new Endpoint(host, port, name, other);
    }

    /** {@code host:port/name}, for messages: never a password. */
    @Override
    public String toString() {
      return host + ":" + port + "/" + name;
    }
  }

  /** A user name and its password (possibly none). */
  public record Credentials(String user, Secret password) {}

  /**
   * TLS: {@code DB_SSL=true} requires it; {@code mode} is the libpq/pgJDBC {@code sslmode}.
   *
   * @param mode {@code disable}, {@code require}, {@code verify-ca} or {@code verify-full}
   */
  public record Tls(String mode) {}

  /**
   * The connection budget of a fan-out, as SQLAlchemy's pool defines it: at most {@code size +
   * maxOverflow} connections at once, and a wait of at most {@code timeout} for one.
   */
  public record Pool(int size, int maxOverflow, Duration timeout) {
    public int maxConnections() {
      return size + maxOverflow;
    }
  }

  /**
   * The application administrator {@code init-db} seeds.
   *
   * @param password from {@code ADMIN_PASSWORD}, or none: then one is generated and shown once
   */
  public record AppAdmin(String email, Secret password) {}
}
